<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../app/ui/dialogs.py" line="41" />
      <source>About Gyeongju Heritage AI</source>
      <translation>慶州文化遺産 AI について</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="65" />
      <source>Local AI that restores and recognises heritage images. Nothing leaves this computer.</source>
      <translation>文化遺産の画像を修復・認識するローカル AI です。データがこのコンピューターの外に出ることはありません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="66" />
      <source>Models</source>
      <translation>モデル</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="67" />
      <source>version</source>
      <translation>バージョン</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="67" />
      <source>licence</source>
      <translation>ライセンス</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="67" />
      <source>origin</source>
      <translation>出典</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="68" />
      <source>Third-party software</source>
      <translation>サードパーティ製ソフトウェア</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="69" />
      <source>Heritage images in this app are illustrative computer renderings, not photographs.</source>
      <translation>このアプリの文化遺産の画像は写真ではなく、説明のためのコンピューター描画による再現図です。</translation>
    </message>
  </context>
  <context>
    <name>Bootstrap</name>
    <message>
      <location filename="../../app/ui/bootstrap.py" line="39" />
      <source>Something went wrong</source>
      <translation>問題が発生しました</translation>
    </message>
    <message>
      <location filename="../../app/ui/bootstrap.py" line="41" />
      <source>Something unexpected happened, but your images are safe and the application keeps running. The details were written to the log.</source>
      <translation>予期しない問題が発生しましたが、画像は無事で、アプリは動作を続けます。詳細はログに記録されました。</translation>
    </message>
  </context>
  <context>
    <name>ExhibitionPage</name>
    <message>
      <location filename="../../app/ui/exhibition/page.py" line="17" />
      <source>◀ Home</source>
      <translation>◀ ホーム</translation>
    </message>
    <message>
      <location filename="../../app/ui/exhibition/page.py" line="18" />
      <source>Exhibition — touch a treasure to discover it</source>
      <translation>展示 — 文化財にふれて発見しよう</translation>
    </message>
  </context>
  <context>
    <name>HintPalette</name>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="100" />
      <source>Dancheong green</source>
      <translation>丹青の緑</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="101" />
      <source>Dancheong red</source>
      <translation>丹青の赤</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="102" />
      <source>Sky blue</source>
      <translation>空色</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="103" />
      <source>Foliage green</source>
      <translation>葉の緑</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="104" />
      <source>Skin</source>
      <translation>肌色</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="105" />
      <source>Wood brown</source>
      <translation>木の茶色</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="106" />
      <source>Stone grey</source>
      <translation>石の灰色</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="107" />
      <source>Gold</source>
      <translation>金色</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="114" />
      <source>Other colour…</source>
      <translation>ほかの色…</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="115" />
      <source>Choose any colour from the colour dialog</source>
      <translation>色の選択ダイアログから好きな色を選びます</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="116" />
      <source>Pick from photo</source>
      <translation>写真から色を取る</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="118" />
      <source>Click a point of the photo to paint with its colour (taken from the clean original when there is one)</source>
      <translation>写真の一点をクリックすると、その色で塗れます（きれいな元画像がある場合は元画像から色を取ります）</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="136" />
      <source>Colour for the hints</source>
      <translation>ヒントの色</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="119" />
      <location filename="../../app/ui/main_window.py" line="192" />
      <source>Gyeongju Heritage AI</source>
      <translation>慶州文化遺産 AI</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="120" />
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="121" />
      <source>&amp;Open image…</source>
      <translation>画像を開く(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="122" />
      <source>&amp;Settings…</source>
      <translation>設定(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="123" />
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="124" />
      <source>&amp;Go</source>
      <translation>移動(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="126" />
      <source>Start screen</source>
      <translation>スタート画面</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="127" />
      <source>Studio</source>
      <translation>スタジオ</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="128" />
      <source>Exhibition</source>
      <translation>展示</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="129" />
      <source>Presentation</source>
      <translation>プレゼンテーション</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="133" />
      <source>&amp;Language</source>
      <translation>言語(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="134" />
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="135" />
      <source>&amp;About</source>
      <translation>このアプリについて(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="156" />
      <source>Open image</source>
      <translation>画像を開く</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="185" />
      <source>Your settings could not be saved ({0}).</source>
      <translation>設定を保存できませんでした（{0}）。</translation>
    </message>
  </context>
  <context>
    <name>PresentationPage</name>
    <message>
      <location filename="../../app/ui/presentation/page.py" line="17" />
      <source>◀ Home</source>
      <translation>◀ ホーム</translation>
    </message>
    <message>
      <location filename="../../app/ui/presentation/page.py" line="18" />
      <source>Presentation — Gyeongju heritage × AI</source>
      <translation>プレゼンテーション — 慶州の文化遺産 × AI</translation>
    </message>
  </context>
  <context>
    <name>RecognisePanel</name>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="83" />
      <source>Model</source>
      <translation>モデル</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="84" />
      <source>Recognise this image</source>
      <translation>この画像を認識</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="85" />
      <source>Show why (heat-map)</source>
      <translation>判断の根拠を表示（ヒートマップ）</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="86" />
      <source>Tag a whole folder…</source>
      <translation>フォルダー全体にタグ付け…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="87" />
      <source>Teach a new model from examples…</source>
      <translation>例から新しいモデルを教える…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="139" />
      <source>Choose a folder of photos</source>
      <translation>写真のフォルダーを選択</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="167" />
      <source>{0} — unknown</source>
      <translation>{0} — 不明</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="174" />
      <source>{0} — {1} ({2} %)</source>
      <translation>{0} — {1}（{2}%）</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="176" />
      <source>{0} — perhaps {1} ({2} %)</source>
      <translation>{0} — {1}かもしれません（{2}%）</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="175" />
      <source>Tagged {0} photos; skipped {1} that could not be read.</source>
      <translation>{0} 枚の写真にタグを付け、読み込めなかった {1} 件をスキップしました。</translation>
    </message>
  </context>
  <context>
    <name>RestoreController</name>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="121" />
      <source>Choose a colour photo of a similar scene</source>
      <translation>似た場面のカラー写真を選択</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="136" />
      <source>There are no colour hints to follow yet. Tick “Paint colour hints”, choose a colour and brush a little of it inside each area that should take it, then colourise again.</source>
      <translation>まだ従うべき色ヒントがありません。「色ヒントを塗る」にチェックを入れて色を選び、その色にしたい各領域の内側に少し塗ってから、もう一度色付けしてください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="141" />
      <source>colourised from painted hints in {0} colour(s)</source>
      <translation>塗った色ヒント（{0} 色）から色付けしました</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="172" />
      <source>The photo is grey there, so the picked colour is a grey: it keeps an area neutral.</source>
      <translation>写真のその場所は灰色なので、取った色も灰色です。灰色のヒントはその範囲を無彩色に保ちます。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="174" />
      <source>Picked the colour of the clean original at that point.</source>
      <translation>その地点のきれいな元画像の色を取りました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="176" />
      <source>Picked the colour of the photo at that point.</source>
      <translation>その地点の写真の色を取りました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="187" />
      <source>Proposed a repair mask over {0:.2f} % of the image; edit it, then repair.</source>
      <translation>画像の {0:.2f}% に修復マスクを提案しました。編集してから修復してください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="213" />
      <source>Save restored image</source>
      <translation>修復した画像を保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="226" />
      <source>Saved {0} with its provenance record {1}.</source>
      <translation>{0} を処理記録 {1} とともに保存しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="251" />
      <source>Against the clean original: aged {0:.2f} dB / SSIM {1:.3f}</source>
      <translation>きれいな元画像との比較：劣化版 {0:.2f} dB / SSIM {1:.3f}</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="253" />
      <source> → restored {0:.2f} dB / SSIM {1:.3f}</source>
      <translation> → 修復後 {0:.2f} dB / SSIM {1:.3f}</translation>
    </message>
  </context>
  <context>
    <name>RestorePanel</name>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>AI inpainting (best for larger holes)</source>
      <translation>AI インペインティング（大きな欠損向き）</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>Telea, fast (fine scratches)</source>
      <translation>Telea・高速（細かい傷）</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>Navier–Stokes, fast</source>
      <translation>ナビエ–ストークス・高速</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>Frequency-selective, slow (texture)</source>
      <translation>周波数選択型・低速（質感）</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="163" />
      <source>Restore old photo (one click)</source>
      <translation>古い写真を修復（ワンクリック）</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="164" />
      <source>Remove noise</source>
      <translation>ノイズ除去</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="165" />
      <source>Colourise from a reference photo…</source>
      <translation>参考写真から色付け…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="166" />
      <source>Enlarge ×2</source>
      <translation>2倍に拡大</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="167" />
      <source>Enlarge ×4</source>
      <translation>4倍に拡大</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="168" />
      <source>Repair scratches and holes</source>
      <translation>傷や穴の修復</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="169" />
      <source>Paint the areas to repair</source>
      <translation>修復する部分を塗る</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="170" />
      <source>Colour a black-and-white photo</source>
      <translation>白黒写真に色を付ける</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="172" />
      <source>Borrow the colours of a colour photo of a similar scene, matched region by region</source>
      <translation>似た場面のカラー写真から、領域ごとに対応させて色を借ります</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="174" />
      <source>Paint colour hints</source>
      <translation>色ヒントを塗る</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="176" />
      <source>Brush a little of the right colour inside each area; the colour spreads up to its edges</source>
      <translation>各領域の内側に合う色を少し塗ってください。色はその領域の境目まで広がります</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="178" />
      <source>Colourise from hints</source>
      <translation>ヒントから色付け</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="180" />
      <source>Spread the painted colours over the photo; its brightness and detail stay as they are</source>
      <translation>塗った色を写真全体に広げます。明るさと細部はそのまま保たれます</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="182" />
      <source>Brush</source>
      <translation>ブラシ</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="183" />
      <source>Eraser</source>
      <translation>消しゴム</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="184" />
      <source>Brush size</source>
      <translation>ブラシサイズ</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="185" />
      <source>Undo stroke</source>
      <translation>ストロークを取り消す</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="186" />
      <source>Redo stroke</source>
      <translation>ストロークをやり直す</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="187" />
      <source>Clear</source>
      <translation>クリア</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="189" />
      <source>Remove every stroke of what you are painting now: repair areas or colour hints</source>
      <translation>いま塗っているもの（修復する部分または色ヒント）のストロークをすべて消します</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="191" />
      <source>Find damage automatically</source>
      <translation>損傷を自動検出</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="192" />
      <source>Method</source>
      <translation>方法</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>Repair painted areas</source>
      <translation>塗った部分を修復</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="194" />
      <source>Compare</source>
      <translation>比較</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="198" />
      <source>Before | after split</source>
      <translation>前 | 後 分割表示</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="199" />
      <source>Side by side</source>
      <translation>横に並べる</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="200" />
      <source>Difference</source>
      <translation>差分</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="203" />
      <source>Undo last step</source>
      <translation>最後のステップを取り消す</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="204" />
      <source>Save as a new file…</source>
      <translation>新しいファイルとして保存…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="1" />
      <source>Also repair damage it finds</source>
      <translation>見つけた損傷も直す</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="1" />
      <source>Shows the scratches and dust it would repair, marked in red, so you can repair, edit or skip them before anything changes</source>
      <translation>直す予定の傷やほこりを赤で示します。画像が変わる前に、直すか、マスクを編集するか、直さずに進むかを選べます</translation>
    </message>
  </context>
  <context>
    <name>ResultCard</name>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="90" />
      <source>Most likely {0} ({1} %)</source>
      <translation>{0}の可能性が最も高いです（{1}%）</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="90" />
      <source>Perhaps {0} ({1} %)</source>
      <translation>{0}かもしれません（{1}%）</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="1" />
      <source>Unknown — the model is not sure this is a heritage subject it knows.</source>
      <translation>不明 — モデルは、これが知っている文化遺産かどうか確信が持てません。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../app/ui/dialogs.py" line="84" />
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="96" />
      <source>one per core</source>
      <translation>コアごとに 1 つ</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="107" />
      <source>Language</source>
      <translation>言語</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="108" />
      <source>Compute device</source>
      <translation>演算デバイス</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="109" />
      <source>CPU threads</source>
      <translation>CPU スレッド</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="110" />
      <source>Largest image accepted</source>
      <translation>受け付ける最大の画像</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="111" />
      <source>Kiosk returns home after</source>
      <translation>キオスクがホームに戻るまで</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="112" />
      <source>Device and thread changes apply the next time the application starts.</source>
      <translation>デバイスとスレッドの変更は、次回の起動時に反映されます。</translation>
    </message>
  </context>
  <context>
    <name>StartScreen</name>
    <message>
      <location filename="../../app/ui/start_screen.py" line="75" />
      <source>Restore and recognise the treasures of the Silla capital with AI that runs on this computer.</source>
      <translation>このコンピューターで動く AI で、新羅の都の宝物を修復し、見分けます。</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="78" />
      <source>Studio</source>
      <translation>スタジオ</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="78" />
      <source>For curators: tag, restore and export collections</source>
      <translation>学芸員向け：収蔵品のタグ付け・修復・書き出し</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="81" />
      <source>Exhibition</source>
      <translation>展示</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="81" />
      <source>For visitors: touch a treasure and discover it</source>
      <translation>来館者向け：文化財にふれて発見</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="84" />
      <source>Presentation</source>
      <translation>プレゼンテーション</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="84" />
      <source>For delegations: a guided demonstration</source>
      <translation>代表団向け：ガイド付きデモ</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="86" />
      <source>Gyeongju heritage samples (illustrative renderings)</source>
      <translation>慶州の文化遺産サンプル（説明用の再現図）</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="88" />
      <source>APEC AI Initiative 2026–2030 · innovation, inclusion, trust, cooperation · runs fully offline</source>
      <translation>APEC AI イニシアティブ 2026–2030 · 革新・包摂・信頼・協力 · 完全オフラインで動作</translation>
    </message>
  </context>
  <context>
    <name>StudioPage</name>
    <message>
      <location filename="../../app/ui/studio/page.py" line="137" />
      <source>◀ Home</source>
      <translation>◀ ホーム</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="138" />
      <source>Studio</source>
      <translation>スタジオ</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="139" />
      <source>Fit</source>
      <translation>全体表示</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="140" />
      <source>100%</source>
      <translation>100%</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="141" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="142" />
      <source>Recognise</source>
      <translation>認識</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="143" />
      <source>Restore</source>
      <translation>修復</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="145" />
      <source>Open an image with File ▸ Open image… or choose an aged sample below to try restoration.</source>
      <translation>ファイル ▸ 画像を開く… で画像を開くか、下の劣化サンプルを選んで修復を試してください。</translation>
    </message>
    <message>
      <source>Open an image with File ▸ Open image… or choose a sample on the start screen.</source>
      <translation>ファイル ▸ 画像を開く… で画像を開くか、スタート画面でサンプルを選んでください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="202" />
      <source>{name} — {w} × {h} px, {fmt}</source>
      <translation>{name} — {w} × {h} ピクセル、{fmt}</translation>
    </message>
  </context>
  <context>
    <name>TeachDialog</name>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="37" />
      <source>Teach a new model</source>
      <translation>新しいモデルを教える</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="42" />
      <source>A folder with one sub-folder of photos per label</source>
      <translation>ラベルごとに写真のサブフォルダーがあるフォルダー</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="43" />
      <source>Choose…</source>
      <translation>選択…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="51" />
      <source>Examples</source>
      <translation>例</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="52" />
      <source>Model name</source>
      <translation>モデル名</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="61" />
      <source>Train</source>
      <translation>学習</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="63" />
      <source>Cancel training</source>
      <translation>学習をキャンセル</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="82" />
      <source>Choose the examples folder</source>
      <translation>例のフォルダーを選択</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="93" />
      <source>Choose the examples folder and give the model a name first.</source>
      <translation>まず例のフォルダーを選び、モデルに名前を付けてください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="102" />
      <source>Training was cancelled.</source>
      <translation>学習はキャンセルされました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="118" />
      <source>“{0}” is ready: cross-validated accuracy {1:.1f} % ({2} folds, top-3 {3:.1f} %); baselines on the same photos: {4}.</source>
      <translation>「{0}」の準備ができました：交差検証精度 {1:.1f}%（{2} 分割、上位 3 件 {3:.1f}%）。同じ写真でのベースライン：{4}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="123" />
      <source>Skipped {0} files that could not be read.</source>
      <translation>読み込めなかった {0} 件のファイルをスキップしました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="125" />
      <source>Trained in {0:.1f} s.</source>
      <translation>{0:.1f} 秒で学習しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="124" />
      <source>With {0} more photos per label, expect about {1:.0f} % (now about {2:.0f} %). This is an estimate from a curve fitted to cross-validated accuracies.</source>
      <translation>ラベルごとに写真を {0} 枚増やすと、約 {1:.0f}% が見込まれます（現在は約 {2:.0f}%）。交差検証の精度に当てはめた曲線による推定です。</translation>
    </message>
  </context>
  <context>
    <name>StepStatus</name>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>repair</source>
      <translation>損傷の修復</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>noise removal</source>
      <translation>ノイズ除去</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>colour correction</source>
      <translation>色補正</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>AI inpainting</source>
      <translation>AI インペインティング</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Filled {0:.2f} % of the image ({1}).</source>
      <translation>画像の {0:.2f} % を埋めました（{1}）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>The noise (σ ≈ {0:.1f}) is too faint to remove; nothing changed.</source>
      <translation>ノイズ（σ ≈ {0:.1f}）が弱すぎるため除去しませんでした。変更はありません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Removed noise at σ = {0:.1f}.</source>
      <translation>σ = {0:.1f} でノイズを除去しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Enlarged ×{0} to {1} × {2} px.</source>
      <translation>×{0} に拡大しました：{1} × {2} px。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>The photo needed no changes.</source>
      <translation>この写真は修正の必要がありませんでした。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Restored: {0}.</source>
      <translation>復元しました：{0}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Colourised from the reference photo.</source>
      <translation>参考写真をもとに色付けしました。</translation>
    </message>
  </context>
  <context>
    <name>RepairReviewBox</name>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Check the proposed repair</source>
      <translation>直す範囲の提案を確認</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Repair and restore</source>
      <translation>損傷も直して修復</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Edit the mask with the brush</source>
      <translation>ブラシでマスクを編集</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Restore without repairing</source>
      <translation>損傷は直さずに修復</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Marked in red is what the detector would repair ({0}). Nothing changes until you choose.</source>
      <translation>赤で示した部分が、検出器が直そうとしている範囲です（{0}）。選ぶまで画像は何も変わりません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>The detector found no scratches or dust specks. Paint any damage with the brush, or restore without repairing.</source>
      <translation>検出器は傷やほこりの跡を見つけませんでした。傷んだ部分をブラシで塗るか、損傷は直さずに修復してください。</translation>
    </message>
  </context>
  <context>
    <name>RepairReview</name>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Review the proposed repair (in red), then choose what to do.</source>
      <translation>提案された範囲（赤）を確認してから、どうするか選んでください。</translation>
    </message>
  </context>
  <context>
    <name>Reasons</name>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>A reason this version of the app cannot yet put into words ({0}).</source>
      <translation>このバージョンのアプリではまだ言葉で説明できない理由です（{0}）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Its best answer is “none of the heritage subjects it knows”.</source>
      <translation>最も有力な答えが「知っている文化遺産のどれでもない」です。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>It looks like an everyday thing (an animal, a vehicle, food…) rather than heritage.</source>
      <translation>文化遺産というより、身近なもの（動物、乗り物、食べ物など）に見えます。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>None of its answers is confident enough to trust.</source>
      <translation>信頼できるほど確信のある答えがありません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>The photo is unlike every example the model was taught.</source>
      <translation>この写真は、モデルが学習したどの例とも似ていません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Noisy: grain or sensor noise is visible.</source>
      <translation>ノイズ：粒状感やセンサーノイズが目立ちます。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Blurred: the fine detail is soft.</source>
      <translation>ぼやけ：細部がはっきりしません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Faded: the tones no longer reach deep black and clean white.</source>
      <translation>退色：階調が深い黒ときれいな白まで届いていません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Colour cast: the whole photo is tinted.</source>
      <translation>色かぶり：写真全体に色が付いています。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Black-and-white or toned: its tone is kept as it is.</source>
      <translation>白黒または調色写真：元の色調はそのまま残します。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Scratches or dust specks were found.</source>
      <translation>傷やほこりの跡が見つかりました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Repair of scratches and dust was not switched on.</source>
      <translation>傷とほこりの修復はオンになっていませんでした。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Too little damage was found to be worth repairing.</source>
      <translation>修復するほどの傷は見つかりませんでした。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Repaired the scratches and dust specks the detector found.</source>
      <translation>検出器が見つけた傷とほこりの跡を修復しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Repaired the areas of the mask you reviewed.</source>
      <translation>確認していただいたマスクの範囲を修復しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>The reviewed mask was empty, so nothing was repaired.</source>
      <translation>確認したマスクが空だったため、何も修復しませんでした。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Noise removal was not switched on.</source>
      <translation>ノイズ除去はオンになっていませんでした。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>The noise is too faint to be worth removing.</source>
      <translation>ノイズがごく弱く、除去するまでもありませんでした。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Removed the noise at the level it measured.</source>
      <translation>測定した強さに合わせてノイズを除去しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Removed the noise at the level given.</source>
      <translation>指定された強さでノイズを除去しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Colour correction was not switched on.</source>
      <translation>色補正はオンになっていませんでした。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>No fading or colour cast was measured, so the colours were left as they are.</source>
      <translation>退色も色かぶりも測定されなかったため、色はそのままにしました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Stretched the faded tones back to full contrast.</source>
      <translation>退色した階調を引き伸ばし、コントラストを取り戻しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Removed the colour cast.</source>
      <translation>色かぶりを取り除きました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Kept the photo's black-and-white or sepia tone.</source>
      <translation>写真の白黒またはセピアの色調はそのまま残しました。</translation>
    </message>
  </context>
  <context>
    <name>RestoreReport</name>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>scratches or hairs: {0}; dust specks: {1}; {2:.2f} % of the image</source>
      <translation>傷・毛髪 {0} か所、ほこりの跡 {1} か所、画像の {2:.2f} %</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Scratches or hairs: {0}; dust specks: {1} ({2:.2f} % of the image).</source>
      <translation>傷・毛髪 {0} か所、ほこりの跡 {1} か所（画像の {2:.2f} %）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>The damage it found ({0}): you chose to restore without repairing it.</source>
      <translation>見つかった損傷（{0}）：直さずに修復することを選ばれました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>The damage it found ({0}): tick “Also repair damage it finds” to review and repair it.</source>
      <translation>見つかった損傷（{0}）：確認して直すには「見つけた損傷も直す」にチェックを入れてください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Marks it proposed that you took out of the mask: {0}.</source>
      <translation>提案のうちマスクから外された印：{0} か所。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Marks the detector was not sure of: {0} (neither thin scratches nor dust specks; perhaps a stain, a tear or part of the picture).</source>
      <translation>検出器が判断しきれなかった印：{0} か所（細い傷でもほこりの跡でもなく、しみ、破れ、または絵柄の一部かもしれません）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Textured areas ({0:.1f} % of the image), where damage cannot be told from detail.</source>
      <translation>きめの細かい領域（画像の {0:.1f} %）：ここでは傷と細部を見分けられません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Stains, tears and cracks: this check looks only for scratches and dust; paint them with the brush and repair them.</source>
      <translation>しみ・破れ・ひび：この検査が探すのは傷とほこりだけです。ブラシで塗ってから修復してください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Blur: no step sharpens a photo yet.</source>
      <translation>ぼやけ：写真を鮮明にする処理はまだありません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Found:</source>
      <translation>見つかったこと：</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Nothing wrong was measured.</source>
      <translation>問題は測定されませんでした。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Steps:</source>
      <translation>処理：</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Left alone:</source>
      <translation>手を付けなかったもの：</translation>
    </message>
  </context>
</TS>