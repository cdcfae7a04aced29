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
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="110" />
      <location filename="../../app/ui/main_window.py" line="183" />
      <source>Gyeongju Heritage AI</source>
      <translation>慶州文化遺産 AI</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="111" />
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="112" />
      <source>&amp;Open image…</source>
      <translation>画像を開く(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="113" />
      <source>&amp;Settings…</source>
      <translation>設定(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="114" />
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="115" />
      <source>&amp;Go</source>
      <translation>移動(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="117" />
      <source>Start screen</source>
      <translation>スタート画面</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="118" />
      <source>Studio</source>
      <translation>スタジオ</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="119" />
      <source>Exhibition</source>
      <translation>展示</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="120" />
      <source>Presentation</source>
      <translation>プレゼンテーション</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="124" />
      <source>&amp;Language</source>
      <translation>言語(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="125" />
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="126" />
      <source>&amp;About</source>
      <translation>このアプリについて(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="147" />
      <source>Open image</source>
      <translation>画像を開く</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="176" />
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
      <location filename="../../app/ui/studio/page.py" line="91" />
      <source>◀ Home</source>
      <translation>◀ ホーム</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="92" />
      <source>Studio</source>
      <translation>スタジオ</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="93" />
      <source>Fit</source>
      <translation>全体表示</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="94" />
      <source>100%</source>
      <translation>100%</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="95" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="96" />
      <source>Open an image with File ▸ Open image… or choose a sample on the start screen.</source>
      <translation>ファイル ▸ 画像を開く… で画像を開くか、スタート画面でサンプルを選んでください。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="134" />
      <source>{name} — {w} × {h} px, {fmt}</source>
      <translation>{name} — {w} × {h} ピクセル、{fmt}</translation>
    </message>
  </context>
</TS>