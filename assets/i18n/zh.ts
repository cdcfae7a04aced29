<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../app/ui/dialogs.py" line="41" />
      <source>About Gyeongju Heritage AI</source>
      <translation>关于庆州文化遗产 AI</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="65" />
      <source>Local AI that restores and recognises heritage images. Nothing leaves this computer.</source>
      <translation>在本机运行、修复并识别文化遗产图像的 AI。任何数据都不会离开这台电脑。</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="66" />
      <source>Models</source>
      <translation>模型</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="67" />
      <source>version</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="67" />
      <source>licence</source>
      <translation>许可证</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="67" />
      <source>origin</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="68" />
      <source>Third-party software</source>
      <translation>第三方软件</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="69" />
      <source>Heritage images in this app are illustrative computer renderings, not photographs.</source>
      <translation>本应用中的文化遗产图像是用于说明的计算机渲染图，并非照片。</translation>
    </message>
  </context>
  <context>
    <name>Bootstrap</name>
    <message>
      <location filename="../../app/ui/bootstrap.py" line="39" />
      <source>Something went wrong</source>
      <translation>出现了问题</translation>
    </message>
    <message>
      <location filename="../../app/ui/bootstrap.py" line="41" />
      <source>Something unexpected happened, but your images are safe and the application keeps running. The details were written to the log.</source>
      <translation>发生了意外问题，但您的图像安然无恙，程序会继续运行。详细信息已写入日志。</translation>
    </message>
  </context>
  <context>
    <name>ExhibitionPage</name>
    <message>
      <location filename="../../app/ui/exhibition/page.py" line="17" />
      <source>◀ Home</source>
      <translation>◀ 首页</translation>
    </message>
    <message>
      <location filename="../../app/ui/exhibition/page.py" line="18" />
      <source>Exhibition — touch a treasure to discover it</source>
      <translation>展览 — 轻触文物，了解它的故事</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="110" />
      <location filename="../../app/ui/main_window.py" line="183" />
      <source>Gyeongju Heritage AI</source>
      <translation>庆州文化遗产 AI</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="111" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="112" />
      <source>&amp;Open image…</source>
      <translation>打开图像(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="113" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="114" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="115" />
      <source>&amp;Go</source>
      <translation>前往(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="117" />
      <source>Start screen</source>
      <translation>开始界面</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="118" />
      <source>Studio</source>
      <translation>工作室</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="119" />
      <source>Exhibition</source>
      <translation>展览</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="120" />
      <source>Presentation</source>
      <translation>演示</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="124" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="125" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="126" />
      <source>&amp;About</source>
      <translation>关于(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="147" />
      <source>Open image</source>
      <translation>打开图像</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="176" />
      <source>Your settings could not be saved ({0}).</source>
      <translation>无法保存设置（{0}）。</translation>
    </message>
  </context>
  <context>
    <name>PresentationPage</name>
    <message>
      <location filename="../../app/ui/presentation/page.py" line="17" />
      <source>◀ Home</source>
      <translation>◀ 首页</translation>
    </message>
    <message>
      <location filename="../../app/ui/presentation/page.py" line="18" />
      <source>Presentation — Gyeongju heritage × AI</source>
      <translation>演示 — 庆州文化遗产 × AI</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../app/ui/dialogs.py" line="84" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="96" />
      <source>one per core</source>
      <translation>每个核心一个</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="107" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="108" />
      <source>Compute device</source>
      <translation>计算设备</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="109" />
      <source>CPU threads</source>
      <translation>CPU 线程</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="110" />
      <source>Largest image accepted</source>
      <translation>可接受的最大图像</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="111" />
      <source>Kiosk returns home after</source>
      <translation>展台自动返回首页的时间</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="112" />
      <source>Device and thread changes apply the next time the application starts.</source>
      <translation>设备和线程的更改将在下次启动程序时生效。</translation>
    </message>
  </context>
  <context>
    <name>StartScreen</name>
    <message>
      <location filename="../../app/ui/start_screen.py" line="75" />
      <source>Restore and recognise the treasures of the Silla capital with AI that runs on this computer.</source>
      <translation>用在这台电脑上运行的 AI，修复并识别新罗古都的珍宝。</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="78" />
      <source>Studio</source>
      <translation>工作室</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="78" />
      <source>For curators: tag, restore and export collections</source>
      <translation>面向策展人：为藏品加标签、修复与导出</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="81" />
      <source>Exhibition</source>
      <translation>展览</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="81" />
      <source>For visitors: touch a treasure and discover it</source>
      <translation>面向观众：轻触文物，探索发现</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="84" />
      <source>Presentation</source>
      <translation>演示</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="84" />
      <source>For delegations: a guided demonstration</source>
      <translation>面向代表团：引导式演示</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="86" />
      <source>Gyeongju heritage samples (illustrative renderings)</source>
      <translation>庆州文化遗产示例（说明性渲染图）</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="88" />
      <source>APEC AI Initiative 2026–2030 · innovation, inclusion, trust, cooperation · runs fully offline</source>
      <translation>APEC 人工智能倡议 2026–2030 · 创新、包容、信任、合作 · 完全离线运行</translation>
    </message>
  </context>
  <context>
    <name>StudioPage</name>
    <message>
      <location filename="../../app/ui/studio/page.py" line="91" />
      <source>◀ Home</source>
      <translation>◀ 首页</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="92" />
      <source>Studio</source>
      <translation>工作室</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="93" />
      <source>Fit</source>
      <translation>适应窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="94" />
      <source>100%</source>
      <translation>100%</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="95" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="96" />
      <source>Open an image with File ▸ Open image… or choose a sample on the start screen.</source>
      <translation>请通过 文件 ▸ 打开图像… 打开图像，或在开始界面选择示例。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="134" />
      <source>{name} — {w} × {h} px, {fmt}</source>
      <translation>{name} — {w} × {h} 像素，{fmt}</translation>
    </message>
  </context>
</TS>