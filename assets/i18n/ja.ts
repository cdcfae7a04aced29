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
    <message>
      <location filename="../../app/ui/main_window.py" line="145" />
      <source>Reference photos</source>
      <translation>参照写真</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="137" />
      <source>Open &amp;catalogue…</source>
      <translation>カタログを開く(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="144" />
      <source>Collection</source>
      <translation>コレクション</translation>
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
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="93" />
      <source>Reference photos that name sites…</source>
      <translation>遺跡名を判別する参照写真…</translation>
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
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="164" />
      <source>{0} — matched reference photo {1}, score {2}</source>
      <translation>{0} — 一致した参照写真：{1}、スコア {2}</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="177" />
      <source>Add reference photos to recognise this site.</source>
      <translation>参照写真を追加すると、この遺跡を認識できます。</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="178" />
      <source>Reference photos…</source>
      <translation>参照写真…</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="181" />
      <source>I am not sure which site this is.</source>
      <translation>どの遺跡かは確かではありません。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
        <source>Draw a small “AI-restored” label on images the AI changed</source>
        <translation>AI が変更した画像に小さな「AI 修復」ラベルを入れる</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>コンテンツ認証情報（C2PA）</translation>
    </message>
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
    <message>
      <location filename="../../app/ui/studio/page.py" line="160" />
      <source>Collection ▸</source>
      <translation>コレクション ▸</translation>
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
      <source>Repaired the scratches and dust specks the detector was sure of.</source>
      <translation>検出器が確信した傷とほこりを修復しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Scratches and dust were not repaired: the damage detector&apos;s model files are missing.</source>
      <translation>傷とほこりは修復していません：損傷検出モデルのファイルがありません。</translation>
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
      <source>Removed the noise only in part: it was light or partly fine detail; the photo stays close to the original.</source>
      <translation>ノイズは一部だけ除去しました。ノイズが弱いか、一部が細かな質感の可能性があるため、写真は元に近いまま残しています。</translation>
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
      <source>Possible damage it was not sure enough of to repair on its own: {0} places ({1:.2f} % of the image). Tick “Also repair damage it finds” to review it.</source>
      <translation>自動で修復するほど確信できなかった損傷の候補：{0} か所（画像の {1:.2f}%）。確認するには「見つけた損傷も直す」にチェックを入れてください。</translation>
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
  <context>
    <name>CataloguePickDialog</name>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="39" />
      <source>Add photos from the catalogue</source>
      <translation>カタログから写真を追加</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="43" />
      <source>Choose catalogue…</source>
      <translation>カタログを選ぶ…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="46" />
      <source>Words in titles, descriptions or tags</source>
      <translation>タイトル・説明・タグの語句</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="48" />
      <source>Search</source>
      <translation>検索</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="51" />
      <source>Tick all</source>
      <translation>すべてにチェック</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="56" />
      <source>Add the ticked photos</source>
      <translation>チェックした写真を追加</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="57" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="77" />
      <source>Open a catalogue</source>
      <translation>カタログを開く</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="84" />
      <source>No catalogue is open.</source>
      <translation>カタログが開かれていません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="114" />
      <source>Showing the first {0} of {1} items; add words to narrow the search.</source>
      <translation>{1} 件中、最初の {0} 件を表示しています。語句を加えて絞り込んでください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="119" />
      <source>No items match.</source>
      <translation>一致する項目はありません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="121" />
      <source>{0} items.</source>
      <translation>{0} 件。</translation>
    </message>
  </context>
  <context>
    <name>NewSubjectDialog</name>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="37" />
      <source>New subject</source>
      <translation>新しい対象</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="48" />
      <source>Choose photos…</source>
      <translation>写真を選ぶ…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="53" />
      <source>Lower-case letters (a–z), digits, “_” or “-”; it names a folder.</source>
      <translation>小文字（a–z）、数字、「_」、「-」のみ。フォルダー名になります。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="56" />
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="58" />
      <source>English name</source>
      <translation>英語名</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="59" />
      <source>Korean name</source>
      <translation>韓国語名</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="60" />
      <source>Type</source>
      <translation>種類</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="61" />
      <source>Photos</source>
      <translation>写真</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="64" />
      <source>Create</source>
      <translation>作成</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="65" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="75" />
      <source>Choose reference photos</source>
      <translation>参照写真を選ぶ</translation>
    </message>
  </context>
  <context>
    <name>ReferencesPage</name>
    <message>
      <location filename="../../app/ui/references/page.py" line="165" />
      <source>◀ Home</source>
      <translation>◀ ホーム</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="166" />
      <source>Reference photos</source>
      <translation>参照写真</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="168" />
      <source>Reference photos let the Studio say which site a photo shows. Add a few photos of each site, taken from different sides and in different light; they are used at once, without retraining.</source>
      <translation>参照写真があると、スタジオは写真に写っているのがどの遺跡かを答えられます。遺跡ごとに、向きや光の異なる写真を数枚追加してください。再学習なしですぐに使われます。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="173" />
      <source>New subject…</source>
      <translation>新しい対象…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="174" />
      <source>Add photos…</source>
      <translation>写真を追加…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="175" />
      <source>Add from catalogue…</source>
      <translation>カタログから追加…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="176" />
      <source>Remove photo…</source>
      <translation>写真を削除…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="177" />
      <source>Remove subject…</source>
      <translation>対象を削除…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="178" />
      <source>Credit for the photos you add next (optional)</source>
      <translation>次に追加する写真のクレジット（任意）</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="179" />
      <source>Licence (optional)</source>
      <translation>ライセンス（任意）</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="181" />
      <source>No reference photos yet. Add three to ten photos of this site, each showing it well.</source>
      <translation>参照写真はまだありません。この遺跡がよく写った写真を 3～10 枚追加してください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="253" />
      <source>Choose reference photos</source>
      <translation>参照写真を選ぶ</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="305" />
      <source>Reading the photos and learning what they show…</source>
      <translation>写真を読み込み、写っているものを学習しています…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="326" />
      <source>Added 1 photo to {0}.</source>
      <translation>{0}に写真を 1 枚追加しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="328" />
      <source>Added {0} photos to {1}.</source>
      <translation>{1}に写真を {0} 枚追加しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="330" />
      <source>{0} were already among its reference photos.</source>
      <translation>うち {0} 枚はすでに参照写真でした。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="345" />
      <source>Remove the reference photo {0}? The original file is kept.</source>
      <translation>参照写真 {0} を削除しますか？元のファイルは残ります。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="356" />
      <source>The photo was removed; the original file is kept.</source>
      <translation>写真を削除しました。元のファイルは残っています。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="365" />
      <source>Remove all {0} reference photos of {1}? The original files are kept.</source>
      <translation>{1}の参照写真 {0} 枚をすべて削除しますか？元のファイルは残ります。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="367" />
      <source>Remove the subject {1} and its {0} reference photos? The original files are kept.</source>
      <translation>対象「{1}」とその参照写真 {0} 枚を削除しますか？元のファイルは残ります。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="378" />
      <source>Removed; the original files are kept.</source>
      <translation>削除しました。元のファイルは残っています。</translation>
    </message>
  </context>
  <context>
    <name>PhotoList</name>
    <message>
      <location filename="../../app/ui/references/photo_list.py" line="57" />
      <source>Added by {0} on {1}</source>
      <translation>{0} が {1} に追加</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/photo_list.py" line="58" />
      <source>{0} × {1} px</source>
      <translation>{0} × {1} ピクセル</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/photo_list.py" line="61" />
      <source>Credit: {0}</source>
      <translation>クレジット：{0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/photo_list.py" line="63" />
      <source>Licence: {0}</source>
      <translation>ライセンス：{0}</translation>
    </message>
  </context>
  <context>
    <name>SubjectList</name>
    <message>
      <location filename="../../app/ui/references/subject_list.py" line="51" />
      <source>no reference photos yet</source>
      <translation>参照写真はまだありません</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/subject_list.py" line="53" />
      <source>1 reference photo</source>
      <translation>参照写真 1 枚</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/subject_list.py" line="55" />
      <source>{0} reference photos</source>
      <translation>参照写真 {0} 枚</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/subject_list.py" line="57" />
      <source>the museum's own</source>
      <translation>館が追加した対象</translation>
    </message>
  </context>
  <context>
    <name>ReferenceTexts</name>
    <message>
      <location filename="../../app/ui/references/texts.py" line="27" />
      <source>“{0}” cannot be a subject id: use 1–{1} lower-case letters (a–z), digits, “_” or “-”, starting with a letter or digit.</source>
      <translation>「{0}」は対象 ID に使えません。小文字（a–z）、数字、「_」、「-」で 1～{1} 文字にし、英字か数字で始めてください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="31" />
      <source>“{0}” is already one of the sites in the list; choose it there and add photos.</source>
      <translation>「{0}」はすでに一覧にある遺跡です。一覧で選んで写真を追加してください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="34" />
      <source>There is already a subject “{0}”; choose it in the list and add photos to it.</source>
      <translation>対象「{0}」はすでにあります。一覧で選んで写真を追加してください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="35" />
      <source>Give the new subject an English name.</source>
      <translation>新しい対象の英語名を入力してください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="37" />
      <source>This subject cannot be created.</source>
      <translation>この対象は作成できません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="41" />
      <source>“{0}” could not be read as a photo, so nothing was added.</source>
      <translation>「{0}」を写真として読み込めなかったため、何も追加していません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="45" />
      <source>Choose at least one photo.</source>
      <translation>写真を 1 枚以上選んでください。</translation>
    </message>
  </context>
  <context>
    <name>AttractScreen</name>
    <message>
      <location filename="../../app/ui/kiosk/attract.py" />
      <source>Gyeongju Heritage AI</source>
      <translation>慶州文化遺産 AI</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/attract.py" />
      <source>Watch the AI repair an aged picture of Silla heritage</source>
      <translation>AIが古くなった新羅の文化遺産の写真を直す様子をご覧ください</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>Explore Silla heritage with AI</source>
      <translation>AIと新羅の文化遺産を探検しよう</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>Choose something to try. Touch a language above at any time.</source>
      <translation>やってみたいものを選んでください。言語はいつでも上で切り替えられます。</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>New activities are being prepared. Please come back soon.</source>
      <translation>新しい体験を準備中です。またお越しください。</translation>
    </message>
  </context>
  <context>
    <name>IdleOverlay</name>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Still there?</source>
      <translation>まだいますか？</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Touch the screen to keep going. Otherwise we will start over for the next visitor.</source>
      <translation>続けるには画面にタッチしてください。タッチがなければ次の方のために最初に戻ります。</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>I'm still here</source>
      <translation>まだいます</translation>
    </message>
  </context>
  <context>
    <name>RestingCard</name>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>This activity is resting</source>
      <translation>この体験はひと休み中です</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>It will be back soon. Please try another one.</source>
      <translation>すぐに戻ります。ほかの体験をお試しください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Back to the start</source>
      <translation>最初に戻る</translation>
    </message>
  </context>
  <context>
    <name>ExperienceHost</name>
    <message>
      <location filename="../../app/ui/kiosk/window.py" />
      <source>Home</source>
      <translation>ホーム</translation>
    </message>
  </context>
  <context>
    <name>PinPad</name>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>That PIN is not right. Please try again.</source>
      <translation>PINが違います。もう一度入力してください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Too many tries. Please wait a minute.</source>
      <translation>試行回数が多すぎます。1分お待ちください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>No PIN is set yet: the PIN is 0000 until you set one.</source>
      <translation>PINはまだ設定されていません。設定するまでPINは0000です。</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Staff only</source>
      <translation>スタッフ専用</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Clear</source>
      <translation>消去</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>OK</source>
      <translation>決定</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>PIN</source>
      <translation>暗証番号</translation>
    </message>
  </context>
  <context>
    <name>OperatorPanel</name>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>The statistics could not be saved: %1</source>
      <translation>統計を保存できませんでした: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Saved to %1</source>
      <translation>%1 に保存しました</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Operator panel</source>
      <translation>管理パネル</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Language at the start of each visit</source>
      <translation>各回の開始時の言語</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Activities shown to visitors</source>
      <translation>来館者に表示する体験</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Seconds without a touch before “Still there?”</source>
      <translation>「まだいますか？」までの無操作秒数</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Seconds of the “Still there?” countdown</source>
      <translation>「まだいますか？」のカウントダウン秒数</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Large text</source>
      <translation>大きな文字</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>High contrast</source>
      <translation>ハイコントラスト</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Pictures come from: %1</source>
      <translation>写真の場所: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Export statistics (CSV)</source>
      <translation>統計を書き出す（CSV）</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Reload pictures</source>
      <translation>写真を再読み込み</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Quit the kiosk</source>
      <translation>キオスクを終了</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Visitors: %1</source>
      <translation>来館者: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>%1: %2 visits, %3 s on average</source>
      <translation>%1: %2 回、平均 %3 秒</translation>
    </message>
  </context>
  <context>
    <name>CollectionRoom</name>
    <message>
        <source>Where to tag…</source>
        <translation>タグ付けの場所…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="110" />
      <source>That did not work</source>
      <translation>操作できませんでした</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="122" />
      <source>◀ Home</source>
      <translation>◀ ホーム</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="123" />
      <source>Collection</source>
      <translation>コレクション</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="124" />
      <source>New catalogue…</source>
      <translation>新しいカタログ…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="125" />
      <source>Open catalogue…</source>
      <translation>カタログを開く…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="126" />
      <source>Import folder…</source>
      <translation>フォルダーを取り込む…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="127" />
      <source>Tag collection</source>
      <translation>コレクションにタグ付け</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="128" />
      <source>Export…</source>
      <translation>書き出し…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="129" />
      <source>Pictures</source>
      <translation>写真</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="130" />
      <source>Review</source>
      <translation>レビュー</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="132" />
      <source>A catalogue keeps a museum's pictures, the AI's tags and the curators' decisions in one file. Open one, or create a new catalogue and import a folder of pictures.</source>
      <translation>カタログは、博物館の写真、AI のタグ、学芸員の判断を一つのファイルにまとめます。カタログを開くか、新しいカタログを作って写真のフォルダーを取り込んでください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="164" />
      <source>New catalogue</source>
      <translation>新しいカタログ</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="170" />
      <source>Open catalogue</source>
      <translation>カタログを開く</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="175" />
      <source>The catalogue could not be opened</source>
      <translation>カタログを開けません</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="178" />
      <source>The catalogue could not be created</source>
      <translation>カタログを作成できません</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="183" />
      <source>Wait for the running task to finish, or cancel it, before opening another catalogue.</source>
      <translation>別のカタログを開く前に、実行中の作業が終わるのを待つか、取り消してください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="223" />
      <source>Import pictures from</source>
      <translation>写真の取り込み元</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="231" />
      <source>Importing</source>
      <translation>取り込み中</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="232" />
      <source>The import stopped</source>
      <translation>取り込みが止まりました</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="241" />
      <source>Tagging</source>
      <translation>タグ付け中</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="241" />
      <source>Tagging stopped</source>
      <translation>タグ付けが止まりました</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="250" />
      <source>Stopped. What was finished is kept; run it again to go on.</source>
      <translation>停止しました。終わった分は残っています。もう一度実行すると続きから進みます。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="259" />
      <source>Import finished: {0} new, {1} could not be read.</source>
      <translation>取り込み完了：新しい写真 {0} 枚、読めなかったファイル {1} 件。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="263" />
      <source>Tagging finished: {0} tagged.</source>
      <translation>タグ付け完了：{0} 枚にタグを付けました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="290" />
      <source>The restoration was not recorded</source>
      <translation>修復結果を記録できませんでした</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="294" />
      <source>The restoration was recorded in the catalogue with its provenance.</source>
      <translation>修復結果を来歴の記録とともにカタログに記録しました。</translation>
    </message>
  </context>
  <context>
    <name>CollectionView</name>
    <message>
      <location filename="../../app/ui/collection/browse_view.py" line="69" />
      <source>Cannot be read</source>
      <translation>読み込めません</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/browse_view.py" line="69" />
      <source>File missing</source>
      <translation>ファイルがありません</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/browse_view.py" line="129" />
      <source>Pictures: {0}</source>
      <translation>写真：{0} 枚</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/browse_view.py" line="176" />
      <source>The description was saved.</source>
      <translation>説明を保存しました。</translation>
    </message>
  </context>
  <context>
    <name>DublinCoreForm</name>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="70" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="70" />
      <source>Description</source>
      <translation>説明</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="70" />
      <source>Creator</source>
      <translation>作成者</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="71" />
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="71" />
      <source>Subjects</source>
      <translation>主題</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="71" />
      <source>Site (coverage)</source>
      <translation>場所（範囲）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="72" />
      <source>Rights</source>
      <translation>権利</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="72" />
      <source>Source</source>
      <translation>出典</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="72" />
      <source>Identifier</source>
      <translation>識別子</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="76" />
      <source>no language</source>
      <translation>言語なし</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="80" />
      <source>separate several with ;</source>
      <translation>複数ある場合は ; で区切る</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="82" />
      <source>e.g. 1920s, 1936-05</source>
      <translation>例：1920年代、1936-05</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="82" />
      <source>Export the catalogue</source>
      <translation>カタログの書き出し</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="84" />
      <source>XMP sidecars (Lightroom, Bridge, digiKam)</source>
      <translation>XMP サイドカー（Lightroom、Bridge、digiKam）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="85" />
      <source>Dublin Core CSV (Omeka S, spreadsheets)</source>
      <translation>ダブリン・コア CSV（Omeka S、表計算）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="86" />
      <source>Dublin Core JSON (scripts, migrations)</source>
      <translation>ダブリン・コア JSON（スクリプト、データ移行）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="87" />
      <source>IIIF static site (Mirador, Universal Viewer)</source>
      <translation>IIIF 静的サイト（Mirador、Universal Viewer）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="91" />
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="92" />
      <source>Folder</source>
      <translation>フォルダー</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="93" />
      <source>Address it will be served at</source>
      <translation>公開する URL</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="94" />
      <source>Choose…</source>
      <translation>選択…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="95" />
      <source>Where the files go</source>
      <translation>ファイルの保存先</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="96" />
      <source>Export</source>
      <translation>書き出し</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="97" />
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="108" />
      <source>One .xmp file per picture, named so photo software pairs it with the picture.</source>
      <translation>写真ごとに .xmp ファイルを一つ作り、写真ソフトが写真と組み合わせられる名前を付けます。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="109" />
      <source>One dublin-core.csv with a row per picture and a column per field and language.</source>
      <translation>写真ごとに 1 行、項目と言語ごとに 1 列の dublin-core.csv を一つ作ります。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="110" />
      <source>One dublin-core.json with everything the catalogue knows about each picture.</source>
      <translation>カタログが各写真について知っているすべてを収めた dublin-core.json を一つ作ります。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="111" />
      <source>A folder to put on a web server: a collection, one manifest per picture and image tiles.</source>
      <translation>Web サーバーに置くフォルダーを作ります：コレクション、写真ごとのマニフェスト、画像タイル。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="116" />
      <source>Export into</source>
      <translation>書き出し先</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="127" />
      <source>Choose a folder to export into.</source>
      <translation>書き出し先のフォルダーを選んでください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="133" />
      <source>Exporting</source>
      <translation>書き出し中</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="138" />
      <source>The export was cancelled; the files finished so far are kept.</source>
      <translation>書き出しを取り消しました。ここまでに完成したファイルは残っています。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="155" />
      <source>Export finished: {0} exported into {1}.</source>
      <translation>書き出し完了：{0} 枚を {1} に書き出しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="157" />
      <source>Left out: {0}; gyeongju-export.json in that folder says why.</source>
      <translation>除外：{0} 枚。理由はそのフォルダーの gyeongju-export.json に書かれています。</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="74" />
      <source>Search titles, descriptions and notes</source>
      <translation>タイトル・説明・メモを検索</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="75" />
      <source>Any tag</source>
      <translation>すべてのタグ</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="76" />
      <source>Pick a tag or type its name in any language</source>
      <translation>タグを選ぶか、どの言語でも名前を入力してください</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="77" />
      <source>Any review state</source>
      <translation>すべてのレビュー状態</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="77" />
      <source>Not reviewed</source>
      <translation>未レビュー</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="77" />
      <source>Accepted</source>
      <translation>承認済み</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="78" />
      <source>Rejected</source>
      <translation>却下</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="78" />
      <source>Corrected</source>
      <translation>修正済み</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="80" />
      <source>Any confidence</source>
      <translation>すべての確信度</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="80" />
      <source>Below 50 %</source>
      <translation>50 % 未満</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="80" />
      <source>50–80 %</source>
      <translation>50–80 %</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="81" />
      <source>80 % and above</source>
      <translation>80 % 以上</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="83" />
      <source>Any model</source>
      <translation>すべてのモデル</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="84" />
      <source>Site (coverage)</source>
      <translation>場所（範囲）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="85" />
      <source>From YYYY-MM-DD</source>
      <translation>開始 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="86" />
      <source>To YYYY-MM-DD</source>
      <translation>終了 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="87" />
      <source>Clear filters</source>
      <translation>絞り込みを解除</translation>
    </message>
  </context>
  <context>
    <name>ItemDetailPane</name>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="100" />
      <source>Tags</source>
      <translation>タグ</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="101" />
      <source>Description (Dublin Core)</source>
      <translation>説明（ダブリン・コア）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="102" />
      <source>Save description</source>
      <translation>説明を保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="103" />
      <source>Open in workbench</source>
      <translation>作業台で開く</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="104" />
      <source>Restore this picture in the Studio; a saved result is recorded here</source>
      <translation>この写真をスタジオで修復します。保存した結果はここに記録されます</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="105" />
      <source>Restorations</source>
      <translation>修復の記録</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="106" />
      <source>Choose a picture to see its tags and description.</source>
      <translation>写真を選ぶと、タグと説明が表示されます。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="147" />
      <source>{0} × {1} px</source>
      <translation>{0} × {1} px</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="151" />
      <source>taken {0}</source>
      <translation>撮影 {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="156" />
      <source>Not reviewed yet</source>
      <translation>まだレビューされていません</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="156" />
      <source>Accepted by a curator</source>
      <translation>学芸員が承認</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="157" />
      <source>The AI's answer was rejected</source>
      <translation>AI の答えは却下されました</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="157" />
      <source>Corrected by a curator</source>
      <translation>学芸員が修正</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="161" />
      <source>Could not be read: {0}</source>
      <translation>読み込めません：{0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="163" />
      <source>Its file was missing at the last import.</source>
      <translation>前回の取り込みの時点でファイルがありませんでした。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="168" />
      <source>None recorded yet.</source>
      <translation>まだ記録はありません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="172" />
      <source>no model</source>
      <translation>モデルなし</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="173" />
      <source>{date}: {file} — {steps}; models: {models}</source>
      <translation>{date}：{file} — {steps}；モデル：{models}</translation>
    </message>
  </context>
  <context>
    <name>LabelNames</name>
    <message>
      <location filename="../../app/ui/collection/names.py" line="20" />
      <source>Not heritage</source>
      <translation>文化遺産ではない</translation>
    </message>
  </context>
  <context>
    <name>ProgressLine</name>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="58" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="66" />
      <source>Starting…</source>
      <translation>開始しています…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="76" />
      <source>Stopping after the current picture…</source>
      <translation>今の写真が終わったら止めます…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="96" />
      <source>{0} of {1}</source>
      <translation>{1} 件中 {0} 件</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="98" />
      <source>{0:.1f} per second</source>
      <translation>毎秒 {0:.1f} 件</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="100" />
      <source>about {0} left</source>
      <translation>残り約 {0}</translation>
    </message>
  </context>
  <context>
    <name>ReviewView</name>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="121" />
      <source>Cannot be read</source>
      <translation>読み込めません</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="121" />
      <source>File missing</source>
      <translation>ファイルがありません</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="122" />
      <source>Accept selected (A)</source>
      <translation>選択を承認 (A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="123" />
      <source>Accept all at or above</source>
      <translation>このスコア以上をすべて承認</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="124" />
      <source>Accept every picture in the queue whose AI score is at least this</source>
      <translation>レビュー待ちのうち、AI のスコアがこの値以上の写真をすべて承認します</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="125" />
      <source>Undo (Ctrl+Z)</source>
      <translation>元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="126" />
      <source>Type the right name, then Enter (Esc to cancel)</source>
      <translation>正しい名前を入力して Enter（Esc で取り消し）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="128" />
      <source>Keys: A accept · R reject · C correct · arrows or J/K move · Shift+arrows select · Ctrl+Z undo</source>
      <translation>キー：A 承認 · R 却下 · C 修正 · 矢印か J/K で移動 · Shift+矢印で選択 · Ctrl+Z 元に戻す</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="168" />
      <source>To review: {0}</source>
      <translation>レビュー待ち：{0} 枚</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="176" />
      <source>Nothing to review.</source>
      <translation>レビューする写真はありません。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="182" />
      <source>AI suggests &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
      <translation>AI の提案：&lt;b&gt;{0}&lt;/b&gt;（{1}）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="186" />
      <source>Other candidates: {0}</source>
      <translation>ほかの候補：{0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="269" />
      <source>Accepted “{0}”.</source>
      <translation>「{0}」を承認しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="273" />
      <source>Accepted the {0} selected pictures.</source>
      <translation>選択した {0} 枚を承認しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="278" />
      <source>Rejected “{0}”.</source>
      <translation>「{0}」を却下しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="296" />
      <source>Corrected to “{0}”.</source>
      <translation>「{0}」に修正しました。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="313" />
      <source>Accepted every picture scored at or above the threshold: {0} in all.</source>
      <translation>基準以上のスコアの写真をすべて承認しました：計 {0} 枚。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="342" />
      <source>Undone: the last decision was taken back.</source>
      <translation>元に戻しました：最後の判断を取り消しました。</translation>
    </message>
  </context>
  <context>
    <name>TagChips</name>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="53" />
      <source>accepted by {0}</source>
      <translation>{0} が承認</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="53" />
      <source>corrected by {0}</source>
      <translation>{0} が修正</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="54" />
      <source>added by {0}</source>
      <translation>{0} が追加</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="54" />
      <source>rejected by {0}</source>
      <translation>{0} が却下</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="63" />
      <source>A curator's decision</source>
      <translation>学芸員の判断</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="65" />
      <source>AI · {label} {score} · {model} {version}</source>
      <translation>AI · {label} {score} · {model} {version}</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="69" />
      <source>A model's suggestion, not checked by a person unless a decision says so</source>
      <translation>モデルの提案です。判断の記録がなければ、人は確認していません</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="72" />
      <source>No tags yet: run “Tag collection”.</source>
      <translation>まだタグがありません：「コレクションにタグ付け」を実行してください。</translation>
    </message>
  </context>
  <context>
    <name>AiExperience</name>
    <message>
      <source>◀ Back</source>
      <translation>◀ もどる</translation>
    </message>
    <message>
      <source>Back to the start</source>
      <translation>最初の画面へ</translation>
    </message>
    <message>
      <source>This activity is resting</source>
      <translation>この体験はひと休み中です</translation>
    </message>
    <message>
      <source>Its AI could not start. Please try another activity.</source>
      <translation>AIを起動できませんでした。ほかの体験をお試しください。</translation>
    </message>
  </context>
  <context>
    <name>EnergyBanner</name>
    <message>
      <source>⚡ Each time the AI works, you will see here how long it took and how much energy it used.</source>
      <translation>⚡ AIが働くたびに、かかった時間と使ったエネルギーがここに表示されます。</translation>
    </message>
    <message>
      <source>⚡ %1 took %2 seconds and used about %3 joules of energy (an estimate).</source>
      <translation>⚡ %1に %2 秒かかり、約 %3 ジュールのエネルギーを使いました（推定値）。</translation>
    </message>
    <message>
      <source>Estimate: the computer time the AI used × %1 watts per busy processor core.</source>
      <translation>推定方法：AIが使った計算時間 × 稼働中のプロセッサコア1個あたり %1 ワット。</translation>
    </message>
    <message>
      <source>Healing</source>
      <translation>修復</translation>
    </message>
    <message>
      <source>Looking at the photo</source>
      <translation>写真を見ること</translation>
    </message>
    <message>
      <source>Learning</source>
      <translation>学習</translation>
    </message>
    <message>
      <source>Getting the AI ready</source>
      <translation>AIの準備</translation>
    </message>
    <message>
      <source>That is less than an LED light bulb uses in one second.</source>
      <translation>LED電球が1秒間に使う量より少ないです。</translation>
    </message>
    <message>
      <source>That is about what an LED light bulb uses in %1 seconds.</source>
      <translation>LED電球が約 %1 秒間に使う量くらいです。</translation>
    </message>
    <message>
      <source>That is about what an LED light bulb uses in %1 minutes.</source>
      <translation>LED電球が約 %1 分間に使う量くらいです。</translation>
    </message>
  </context>
  <context>
    <name>HealExperience</name>
    <message>
        <source>ⓘ AI-restored</source>
        <translation>ⓘ AI 修復</translation>
    </message>
    <message>
        <source>AI-restored: an AI model painted %1 % of this photo where it had scratches and spots. The original is kept unchanged. When a museum saves such a picture, it records what the AI did inside the file (Content Credentials, C2PA), so anyone can check it.</source>
        <translation>AI 修復：AI モデルがこの写真の傷やしみのあった %1 % を描き直しました。元の写真はそのまま残ります。博物館はこうした画像を保存するとき、AI が何をしたかをファイルの中に記録します（コンテンツ認証情報、C2PA）。誰でも確かめられます。</translation>
    </message>
    <message>
      <source>Getting the photo ready…</source>
      <translation>写真を準備しています…</translation>
    </message>
    <message>
      <source>The AI is healing…</source>
      <translation>AIが修復しています…</translation>
    </message>
    <message>
      <source>Healed: %1 % of the photo</source>
      <translation>修復済み：写真の %1 %</translation>
    </message>
    <message>
      <source>Find a scratch or a spot and rub over it.</source>
      <translation>傷やしみを見つけて、こすってみましょう。</translation>
    </message>
    <message>
      <source>Rub your finger over the scratches and spots. The AI fills them in.</source>
      <translation>傷やしみを指でこすってください。AIが埋めてくれます。</translation>
    </message>
    <message>
      <source>Drag the line to compare the photo before and after.</source>
      <translation>線をドラッグして、修復の前と後を比べてみましょう。</translation>
    </message>
    <message>
      <source>Blue shows every pixel the AI painted. Everything else is untouched.</source>
      <translation>青い部分がAIが描いたすべての画素です。それ以外はそのままです。</translation>
    </message>
    <message>
      <source>Heal the photograph</source>
      <translation>写真をなおそう</translation>
    </message>
    <message>
      <source>Heal</source>
      <translation>なおす</translation>
    </message>
    <message>
      <source>◐ Before and after</source>
      <translation>◐ 前と後</translation>
    </message>
    <message>
      <source>✦ What the AI changed</source>
      <translation>✦ AIが変えたところ</translation>
    </message>
    <message>
      <source>↺ Start again</source>
      <translation>↺ やりなおす</translation>
    </message>
    <message>
      <source>Another photo ▶</source>
      <translation>別の写真 ▶</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>前</translation>
    </message>
    <message>
      <source>After</source>
      <translation>後</translation>
    </message>
    <message>
      <source>The photo to heal</source>
      <translation>なおす写真</translation>
    </message>
  </context>
  <context>
    <name>SeeExperience</name>
    <message>
      <source>Getting the AI ready…</source>
      <translation>AIを準備しています…</translation>
    </message>
    <message>
      <source>Let me look…</source>
      <translation>見てみますね…</translation>
    </message>
    <message>
      <source>Pick a photo below.</source>
      <translation>下から写真を選んでください。</translation>
    </message>
    <message>
      <source>I don't know.</source>
      <translation>わかりません。</translation>
    </message>
    <message>
      <source>I think it is: %1</source>
      <translation>たぶん：%1</translation>
    </message>
    <message>
      <source>Something else: %1 %</source>
      <translation>そのほか：%1 %</translation>
    </message>
    <message>
      <source>There is almost nothing to see in this photo, so the AI does not guess.</source>
      <translation>この写真にはほとんど何も写っていないので、AIは当てずっぽうを言いません。</translation>
    </message>
    <message>
      <source>None of its guesses is sure enough, so it says so instead of guessing. It only knows the heritage it learned from.</source>
      <translation>どの答えにも自信がないので、当てずっぽうを言わずにそう伝えます。AIは学んだ文化遺産しか知りません。</translation>
    </message>
    <message>
      <source>It can be wrong: it learned from drawings and a few photos, so an unusual angle, light or object can fool it.</source>
      <translation>まちがえることもあります。絵と少しの写真で学んだので、見慣れない角度や光、物にだまされることがあります。</translation>
    </message>
    <message>
      <source>What does the AI see?</source>
      <translation>AIには何が見える？</translation>
    </message>
    <message>
      <source>Pick a photo. The AI says what it thinks it shows and how sure it is.</source>
      <translation>写真を選ぶと、AIが何だと思うか、どれくらい自信があるかを教えてくれます。</translation>
    </message>
    <message>
      <source>Show where the AI looked</source>
      <translation>AIが見た場所を表示</translation>
    </message>
    <message>
      <source>The photo the AI looks at</source>
      <translation>AIが見ている写真</translation>
    </message>
    <message>
      <source>An everyday photo</source>
      <translation>ふだんの写真</translation>
    </message>
  </context>
  <context>
    <name>TeachExperience</name>
    <message>
      <source>Getting the photos ready… %1 %</source>
      <translation>写真を準備しています… %1 %</translation>
    </message>
    <message>
      <source>%1
%2 photos</source>
      <translation>%1
写真 %2 枚</translation>
    </message>
    <message>
      <source>Put the photo in “%1”</source>
      <translation>写真を「%1」に入れる</translation>
    </message>
    <message>
      <source>Photo %1 of %2: is it “%3” or “%4”? Drag it to a side, or tap a side.</source>
      <translation>写真 %1/%2：「%3」？それとも「%4」？どちらかへドラッグするか、どちらかをタップしてください。</translation>
    </message>
    <message>
      <source>All sorted! Look how well the AI learned.</source>
      <translation>全部分けました！AIがどれだけ学んだか見てみましょう。</translation>
    </message>
    <message>
      <source>The AI guesses photos it has never seen:</source>
      <translation>AIが初めて見る写真を当てます：</translation>
    </message>
    <message>
      <source>Sort at least one photo into each side and the AI starts to learn.</source>
      <translation>両側に1枚以上ずつ入れると、AIが学び始めます。</translation>
    </message>
    <message>
      <source>After %1 photos the AI gets %2 of %3 right (%4 %).</source>
      <translation>写真 %1 枚で学んだAIは、%3 枚中 %2 枚正解（%4 %）。</translation>
    </message>
    <message>
      <source>Teach the AI</source>
      <translation>AIに教えよう</translation>
    </message>
    <message>
      <source>Sort photos into two groups. The AI learns from you and guesses new photos.</source>
      <translation>写真を2つのグループに分けましょう。AIがあなたから学び、新しい写真を当てます。</translation>
    </message>
    <message>
      <source>What should the AI learn to tell apart? Choose two groups:</source>
      <translation>AIに何を見分けさせますか？2つのグループを選んでください：</translation>
    </message>
    <message>
      <source>Choose other groups</source>
      <translation>別のグループを選ぶ</translation>
    </message>
    <message>
      <source>The photo to sort</source>
      <translation>分ける写真</translation>
    </message>
  </context>
  <context>
    <name>KioskTeachGroups</name>
    <message>
      <source>Stone</source>
      <translation>石</translation>
    </message>
    <message>
      <source>Wood</source>
      <translation>木</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>昼</translation>
    </message>
    <message>
      <source>Night</source>
      <translation>夜</translation>
    </message>
    <message>
      <source>Treasure</source>
      <translation>宝物</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>場所</translation>
    </message>
    <message>
      <source>Summer</source>
      <translation>夏</translation>
    </message>
    <message>
      <source>Winter</source>
      <translation>冬</translation>
    </message>
  </context>
  <context>
    <name>KioskHeritageTypes</name>
    <message>
      <source>Pagoda</source>
      <translation>仏塔</translation>
    </message>
    <message>
      <source>Buddhist sculpture</source>
      <translation>仏教彫刻</translation>
    </message>
    <message>
      <source>Temple and hall</source>
      <translation>寺院・仏殿</translation>
    </message>
    <message>
      <source>Palace and pavilion</source>
      <translation>宮殿・楼閣</translation>
    </message>
    <message>
      <source>Royal tomb</source>
      <translation>王陵・古墳</translation>
    </message>
    <message>
      <source>Bridge</source>
      <translation>橋</translation>
    </message>
    <message>
      <source>Hanok house</source>
      <translation>韓屋</translation>
    </message>
    <message>
      <source>Fortress and gate</source>
      <translation>城郭・城門</translation>
    </message>
    <message>
      <source>Temple bell</source>
      <translation>梵鐘</translation>
    </message>
    <message>
      <source>Crown and jewellery</source>
      <translation>冠・装身具</translation>
    </message>
    <message>
      <source>Roof tile</source>
      <translation>瓦</translation>
    </message>
    <message>
      <source>Ceramics</source>
      <translation>陶磁器</translation>
    </message>
    <message>
      <source>Stone monument</source>
      <translation>石造物・石碑</translation>
    </message>
    <message>
      <source>Painting and document</source>
      <translation>絵画・文書</translation>
    </message>
  </context>
  <context>
    <name>Experience</name>
    <message>
      <source>Heal the photograph</source>
      <translation>写真をなおそう</translation>
    </message>
    <message>
      <source>What does the AI see?</source>
      <translation>AIには何が見える？</translation>
    </message>
    <message>
      <source>Teach the AI</source>
      <translation>AIに教えよう</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <source>Image and fact card</source>
      <translation>画像と解説カード</translation>
    </message>
    <message>
      <source>Restoration</source>
      <translation>修復</translation>
    </message>
    <message>
      <source>Recognition</source>
      <translation>認識</translation>
    </message>
    <message>
      <source>Teach by example</source>
      <translation>例で教える</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>並べて比較</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>締めくくり</translation>
    </message>
    <message>
      <source>Running live… the audience still sees the previous step.</source>
      <translation>ライブ実行中…観客の画面には前のステップが表示されています。</translation>
    </message>
    <message>
      <source>Could not show this step: {error}</source>
      <translation>このステップを表示できません: {error}</translation>
    </message>
    <message>
      <source>Nothing runs live in this step.</source>
      <translation>このステップでライブ実行するものはありません。</translation>
    </message>
    <message>
      <source>Ran live in {seconds:.1f} s.</source>
      <translation>{seconds:.1f} 秒でライブ実行しました。</translation>
    </message>
    <message>
      <source>Shown from the rehearsed cache: the live run was over its time budget.</source>
      <translation>リハーサルのキャッシュから表示しています: ライブ実行が制限時間を超えました。</translation>
    </message>
    <message>
      <source>Shown from the rehearsed cache: the live run failed ({reason}).</source>
      <translation>リハーサルのキャッシュから表示しています: ライブ実行に失敗しました（{reason}）。</translation>
    </message>
    <message>
      <source>Speaker notes</source>
      <translation>スピーカーノート</translation>
    </message>
    <message>
      <source>→ / PgDn / Space: next   ← / PgUp: previous   digits + Enter: go to step   B: black screen   P: notes panel (one screen)   Esc: quit</source>
      <translation>→ / PgDn / Space: 次へ   ← / PgUp: 前へ   数字 + Enter: そのステップへ   B: 黒画面   P: メモパネル（1画面）   Esc: 終了</translation>
    </message>
    <message>
      <source>The audience screen is black (B to show it again).</source>
      <translation>観客の画面は黒くなっています（B で再表示）。</translation>
    </message>
    <message>
      <source>Step {n} of {total}: {kind}</source>
      <translation>ステップ {n}/{total}: {kind}</translation>
    </message>
    <message>
      <source>(no notes for this step)</source>
      <translation>（このステップにメモはありません）</translation>
    </message>
    <message>
      <source>Next: {step}</source>
      <translation>次: {step}</translation>
    </message>
    <message>
      <source>Next: end of the show</source>
      <translation>次: 発表の終わり</translation>
    </message>
    <message>
      <source>Elapsed {time}</source>
      <translation>経過 {time}</translation>
    </message>
  </context>
  <context>
    <name>PresenterAudience</name>
    <message>
      <source>Before</source>
      <translation>修復前</translation>
    </message>
    <message>
      <source>After</source>
      <translation>修復後</translation>
    </message>
    <message>
      <source>Not sure: none of the answers is likely enough</source>
      <translation>確信なし: 十分に確からしい答えがありません</translation>
    </message>
    <message>
      <source>Taught from {photos} photos; checked on photos it did not see: {percent} % right</source>
      <translation>{photos} 枚の写真で教え、見ていない写真で確かめた正解率は {percent}% です</translation>
    </message>
    <message>
      <source>Scan to visit</source>
      <translation>スキャンしてアクセス</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui PackDetails -->
    <name>PackDetails</name>
    <message>
      <source>⚠ Not signed: nobody vouches for its contents. Install only if you know where it came from.</source>
      <translation>⚠ 署名なし：内容を保証する者がいません。出どころが分かる場合にのみインストールしてください。</translation>
    </message>
    <message>
      <source>image</source>
      <translation>画像</translation>
    </message>
    <message>
      <source>fact card</source>
      <translation>解説カード</translation>
    </message>
    <message>
      <source>model weights</source>
      <translation>モデルの重み</translation>
    </message>
    <message>
      <source>model card</source>
      <translation>モデルカード</translation>
    </message>
    <message>
      <source>presentation script</source>
      <translation>発表台本</translation>
    </message>
    <message>
      <source>kiosk content</source>
      <translation>キオスクのコンテンツ</translation>
    </message>
    <message>
      <source>settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>reference photo</source>
      <translation>参照写真</translation>
    </message>
    <message>
      <source>reference subject</source>
      <translation>参照対象</translation>
    </message>
    <message>
      <source>⚠ Its signature could not be checked. Install only if you know where it came from.</source>
      <translation>⚠ 署名を確認できませんでした。出どころが分かる場合にのみインストールしてください。</translation>
    </message>
    <message>
      <source>File</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>役割</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>ライセンス</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>クレジット</translation>
    </message>
    <message>
      <source>Choose a pack on the left, or import one.</source>
      <translation>左でパックを選ぶか、パックを取り込んでください。</translation>
    </message>
    <message>
      <source>✔ Signed by {signer}, a key you trust.</source>
      <translation>✔ {signer} の署名：信頼している鍵です。</translation>
    </message>
    <message>
      <source>⚠ Signed by a key you have not trusted ({key}). Install only if you know where it came from.</source>
      <translation>⚠ 信頼していない鍵（{key}）で署名されています。出どころが分かる場合にのみインストールしてください。</translation>
    </message>
    <message>
      <source>{id} · version {version} · from {institution} · {count} files, {mb:.1f} MB</source>
      <translation>{id} · バージョン {version} · 送り元 {institution} · ファイル {count} 個、{mb:.1f} MB</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui PacksPage -->
    <name>PacksPage</name>
    <message>
      <source>Packs</source>
      <translation>パック</translation>
    </message>
    <message>
      <source>Import a pack</source>
      <translation>パックを取り込む</translation>
    </message>
    <message>
      <source>Install an unsigned pack?</source>
      <translation>署名のないパックをインストールしますか？</translation>
    </message>
    <message>
      <source>Install anyway</source>
      <translation>それでもインストール</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>Installing…</source>
      <translation>インストール中…</translation>
    </message>
    <message>
      <source>Remove this pack?</source>
      <translation>このパックを削除しますか？</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>Removing…</source>
      <translation>削除中…</translation>
    </message>
    <message>
      <source>Export the pack</source>
      <translation>パックを書き出す</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>書き出し中…</translation>
    </message>
    <message>
      <source>◀ Back</source>
      <translation>◀ 戻る</translation>
    </message>
    <message>
      <source>Packs — demos to share with partner institutions</source>
      <translation>パック — 協力機関と共有するデモ</translation>
    </message>
    <message>
      <source>Script editor…</source>
      <translation>台本エディター…</translation>
    </message>
    <message>
      <source>Installed packs</source>
      <translation>インストール済みのパック</translation>
    </message>
    <message>
      <source>Import a pack…</source>
      <translation>パックを取り込む…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>書き出す…</translation>
    </message>
    <message>
      <source>Install this pack</source>
      <translation>このパックをインストール</translation>
    </message>
    <message>
      <source>Saved {name}: it can be sent to a partner as it is.</source>
      <translation>{name} を保存しました。そのまま協力機関に送れます。</translation>
    </message>
    <message>
      <source>Checking “{name}”…</source>
      <translation>「{name}」を確認中…</translation>
    </message>
    <message>
      <source>“{name}” passed every check. It is not installed yet.</source>
      <translation>「{name}」はすべての確認に合格しました。まだインストールされていません。</translation>
    </message>
    <message>
      <source>“{title}” is not signed by a key you trust, so nobody vouches for its contents. Install it only if you know where it came from.</source>
      <translation>「{title}」は信頼している鍵で署名されていないため、内容を保証する者がいません。出どころが分かる場合にのみインストールしてください。</translation>
    </message>
    <message>
      <source>Installed “{title}” {version}.</source>
      <translation>「{title}」{version} をインストールしました。</translation>
    </message>
    <message>
      <source>Remove “{title}” {version} from this computer? Its rehearsed results go with it.</source>
      <translation>このコンピューターから「{title}」{version} を削除しますか？リハーサルの結果も一緒に削除されます。</translation>
    </message>
    <message>
      <source>Removed {spec}.</source>
      <translation>{spec} を削除しました。</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui SamplePickDialog -->
    <name>SamplePickDialog</name>
    <message>
      <source>Add steps from the samples</source>
      <translation>サンプルからステップを追加</translation>
    </message>
    <message>
      <source>Add the ticked samples</source>
      <translation>チェックしたサンプルを追加</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>The samples are computer renderings, not photographs.</source>
      <translation>サンプルは写真ではなく、コンピューターで描いた再現画像です。</translation>
    </message>
    <message>
      <source>The sample images are not built yet (make samples).</source>
      <translation>サンプル画像はまだ作られていません（make samples）。</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui PackInfoDialog -->
    <name>PackInfoDialog</name>
    <message>
      <source>Build a pack from this script</source>
      <translation>この台本からパックを作る</translation>
    </message>
    <message>
      <source>Pack id (a–z, 0–9, - and _)</source>
      <translation>パック ID（a–z、0–9、- と _）</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>バージョン</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>機関</translation>
    </message>
    <message>
      <source>Licence of every file</source>
      <translation>すべてのファイルのライセンス</translation>
    </message>
    <message>
      <source>Credit of every file</source>
      <translation>すべてのファイルのクレジット</translation>
    </message>
    <message>
      <source>Choose where to save…</source>
      <translation>保存先を選ぶ…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>The pack id may use only a–z, 0–9, - and _ (for example gyeongju-demo).</source>
      <translation>パック ID に使えるのは a–z、0–9、- と _ だけです（例：gyeongju-demo）。</translation>
    </message>
    <message>
      <source>Give the name of your institution: partners see it as the sender.</source>
      <translation>機関名を入力してください。協力機関には送り元として表示されます。</translation>
    </message>
    <message>
      <source>Give the licence of the files (for example CC-BY-4.0).</source>
      <translation>ファイルのライセンスを入力してください（例：CC-BY-4.0）。</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui ScriptEditorPage -->
    <name>ScriptEditorPage</name>
    <message>
      <source>Script editor</source>
      <translation>台本エディター</translation>
    </message>
    <message>
      <source>(no caption yet)</source>
      <translation>（まだ字幕なし）</translation>
    </message>
    <message>
      <source>Open a presentation script</source>
      <translation>発表台本を開く</translation>
    </message>
    <message>
      <source>Save the script</source>
      <translation>台本を保存</translation>
    </message>
    <message>
      <source>Save the pack</source>
      <translation>パックを保存</translation>
    </message>
    <message>
      <source>Building the pack…</source>
      <translation>パックを作成中…</translation>
    </message>
    <message>
      <source>◀ Back</source>
      <translation>◀ 戻る</translation>
    </message>
    <message>
      <source>Script editor — compose a show</source>
      <translation>台本エディター — 発表を組み立てる</translation>
    </message>
    <message>
      <source>Packs…</source>
      <translation>パック…</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新規</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>開く…</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>名前を付けて保存…</translation>
    </message>
    <message>
      <source>Build pack…</source>
      <translation>パックを作る…</translation>
    </message>
    <message>
      <source>Languages (presenter, delegation)</source>
      <translation>言語（発表者、代表団）</translation>
    </message>
    <message>
      <source>Show title</source>
      <translation>発表タイトル</translation>
    </message>
    <message>
      <source>New pictures become</source>
      <translation>新しい画像のステップ</translation>
    </message>
    <message>
      <source>Add from the catalogue…</source>
      <translation>カタログから追加…</translation>
    </message>
    <message>
      <source>Add from the samples…</source>
      <translation>サンプルから追加…</translation>
    </message>
    <message>
      <source>Add step</source>
      <translation>ステップを追加</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>Move up (or drag the step)</source>
      <translation>上へ移動（またはステップをドラッグ）</translation>
    </message>
    <message>
      <source>Move down (or drag the step)</source>
      <translation>下へ移動（またはステップをドラッグ）</translation>
    </message>
    <message>
      <source>Preview (as the audience sees it)</source>
      <translation>プレビュー（聴衆が見る画面）</translation>
    </message>
    <message>
      <source>Preview this step</source>
      <translation>このステップをプレビュー</translation>
    </message>
    <message>
      <source>Choose two different languages: the presenter's and the delegation's.</source>
      <translation>異なる二つの言語を選んでください：発表者の言語と代表団の言語です。</translation>
    </message>
    <message>
      <source>Running the step live…</source>
      <translation>ステップをライブで実行中…</translation>
    </message>
    <message>
      <source>Preparing the preview…</source>
      <translation>プレビューを準備中…</translation>
    </message>
    <message>
      <source>This is what the audience will see.</source>
      <translation>聴衆にはこのように見えます。</translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>{name} を保存しました。</translation>
    </message>
    <message>
      <source>Show title in {language}</source>
      <translation>{language}の発表タイトル</translation>
    </message>
    <message>
      <source>Ran live in {seconds:.1f} s; the show will use the rehearsed result if it is slower than its budget.</source>
      <translation>ライブ実行 {seconds:.1f} 秒。発表中に時間の目安を超えると、リハーサルの結果を表示します。</translation>
    </message>
    <message>
      <source>Wrote {name}: {count} files. Install it on the Packs page or send it to a partner.</source>
      <translation>{name} を作成しました：ファイル {count} 個。パックの画面でインストールするか、協力機関に送ってください。</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui StepForm -->
    <name>StepForm</name>
    <message>
        <source>Groups to teach</source>
        <translation>教えるグループ</translation>
    </message>
    <message>
        <source>One group per line, e.g. Dabotap: images/a.jpg, images/b.jpg</source>
        <translation>1 行に 1 グループ、例: 多宝塔: images/a.jpg, images/b.jpg</translation>
    </message>
    <message>
      <source>Speaker notes</source>
      <translation>発表者メモ</translation>
    </message>
    <message>
      <source>Time budget</source>
      <translation>時間の目安</translation>
    </message>
    <message>
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <source>Picture</source>
      <translation>画像</translation>
    </message>
    <message>
      <source>Right picture</source>
      <translation>右の画像</translation>
    </message>
    <message>
      <source>Subject (fact card)</source>
      <translation>対象（解説カード）</translation>
    </message>
    <message>
      <source>Institution's web page</source>
      <translation>機関のウェブページ</translation>
    </message>
    <message>
      <source>Choose a step on the left, or add one.</source>
      <translation>左でステップを選ぶか、追加してください。</translation>
    </message>
    <message>
      <source>default ({seconds:g} s)</source>
      <translation>既定（{seconds:g} 秒）</translation>
    </message>
    <message>
      <source>Caption in {language}</source>
      <translation>{language}の字幕</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui ScriptEditorTexts -->
    <name>ScriptEditorTexts</name>
    <message>
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <source>Picture with fact card</source>
      <translation>画像と解説カード</translation>
    </message>
    <message>
      <source>Live restoration</source>
      <translation>ライブ修復</translation>
    </message>
    <message>
      <source>Live recognition</source>
      <translation>ライブ認識</translation>
    </message>
    <message>
      <source>Live teach by example</source>
      <translation>ライブで例から教える</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>並べて比較</translation>
    </message>
    <message>
      <source>Closing with QR code</source>
      <translation>QRコードで締めくくり</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui PresentationPage -->
    <name>PresentationPage</name>
    <message>
      <source>Getting the demo ready…</source>
      <translation>デモを準備中…</translation>
    </message>
    <message>
      <source>Building the demo pack from the app's renders (about ten seconds)…</source>
      <translation>アプリの再現画像からデモパックを作成中（約10秒）…</translation>
    </message>
    <message>
      <source>Installing the demo pack…</source>
      <translation>デモパックをインストール中…</translation>
    </message>
    <message>
      <source>The show is open: → next, ← back, B black screen, P notes, Esc ends it.</source>
      <translation>発表を開きました：→ 次、← 前、B 黒画面、P メモ、Esc 終了。</translation>
    </message>
    <message>
      <source>The show has ended.</source>
      <translation>発表が終わりました。</translation>
    </message>
    <message>
      <source>▶ Present the Gyeongju demo</source>
      <translation>▶ 慶州デモを発表する</translation>
    </message>
    <message>
      <source>Packs…</source>
      <translation>パック…</translation>
    </message>
    <message>
      <source>Script editor…</source>
      <translation>台本エディター…</translation>
    </message>
    <message>
      <source>Rehearsing the live steps so the show never stalls…</source>
      <translation>発表が止まらないよう、ライブのステップをリハーサル中…</translation>
    </message>
  </context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Where this collection is tagged</source>
        <translation>このコレクションのタグ付けの場所</translation>
    </message>
    <message>
        <source>Tagging runs on this computer unless the collection names a Dask cluster. The workers must have the app installed and see the pictures at the same paths. The address is kept in the catalogue.</source>
        <translation>コレクションが Dask クラスターを指定していない限り、タグ付けはこのコンピューターで実行されます。ワーカーにはこのアプリがインストールされ、同じパスで画像を参照できる必要があります。アドレスはカタログに保存されます。</translation>
    </message>
    <message>
        <source>Dask scheduler</source>
        <translation>Dask スケジューラー</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Use this cluster</source>
        <translation>このクラスターを使う</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>このコンピューターを使う</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Type the scheduler's address first, for example tcp://192.168.0.10:8786.</source>
        <translation>まずスケジューラーのアドレスを入力してください（例: tcp://192.168.0.10:8786）。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Reached {0}.</source>
        <translation>{0} に接続しました。</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Content Credentials</source>
        <translation>コンテンツクレデンシャル</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>クレデンシャル</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Open an image to see its Content Credentials.</source>
        <translation>画像を開くとコンテンツクレデンシャルが表示されます。</translation>
    </message>
    <message>
        <source>No Content Credentials: this image does not say where it came from.</source>
        <translation>コンテンツクレデンシャルなし：この画像には出所の記録がありません。</translation>
    </message>
    <message>
        <source>⚠ The Content Credentials do not match: changed after signing.</source>
        <translation>⚠ コンテンツクレデンシャルが一致しません：署名後に変更されています。</translation>
    </message>
    <message>
        <source>✓ Signed by {signer} — a trusted institution.</source>
        <translation>✓ {signer} が署名 — 信頼済みの機関です。</translation>
    </message>
    <message>
        <source>Signed by {signer} — not in your trusted institutions.</source>
        <translation>{signer} が署名 — 信頼済みの機関に含まれていません。</translation>
    </message>
    <message>
        <source>Made with {software}</source>
        <translation>{software} で作成</translation>
    </message>
    <message>
        <source>AI models: {names}</source>
        <translation>AI モデル：{names}</translation>
    </message>
    <message>
        <source>The pixels are not the ones that were signed.</source>
        <translation>ピクセルが署名時のものと異なります。</translation>
    </message>
    <message>
        <source> (AI)</source>
        <translation>（AI）</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>This museum</source>
        <translation>この博物館</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>機関名</translation>
    </message>
    <message>
        <source>Create identity</source>
        <translation>署名 ID を作成</translation>
    </message>
    <message>
        <source>Visible “AI-restored” label on exported images</source>
        <translation>書き出した画像に「AI 修復」ラベルを表示</translation>
    </message>
    <message>
        <source>No signing identity: restored images are saved unsigned.</source>
        <translation>署名 ID なし：修復画像は署名なしで保存されます。</translation>
    </message>
    <message>
        <source>AI outputs are signed by {name} (certificate valid until {date}).</source>
        <translation>AI の出力は {name} が署名します（証明書の有効期限 {date}）。</translation>
    </message>
</context>
</TS>