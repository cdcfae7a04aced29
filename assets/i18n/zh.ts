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
    <name>HintPalette</name>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="100" />
      <source>Dancheong green</source>
      <translation>丹青绿</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="101" />
      <source>Dancheong red</source>
      <translation>丹青红</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="102" />
      <source>Sky blue</source>
      <translation>天蓝色</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="103" />
      <source>Foliage green</source>
      <translation>树叶绿</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="104" />
      <source>Skin</source>
      <translation>肤色</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="105" />
      <source>Wood brown</source>
      <translation>木褐色</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="106" />
      <source>Stone grey</source>
      <translation>石材灰</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="107" />
      <source>Gold</source>
      <translation>金色</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="114" />
      <source>Other colour…</source>
      <translation>其他颜色…</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="115" />
      <source>Choose any colour from the colour dialog</source>
      <translation>在颜色对话框中选择任意颜色</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="116" />
      <source>Pick from photo</source>
      <translation>从照片取色</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="118" />
      <source>Click a point of the photo to paint with its colour (taken from the clean original when there is one)</source>
      <translation>点击照片上的一点，即用该处的颜色绘制（有完好原图时从原图取色）</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="136" />
      <source>Colour for the hints</source>
      <translation>提示颜色</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="119" />
      <location filename="../../app/ui/main_window.py" line="192" />
      <source>Gyeongju Heritage AI</source>
      <translation>庆州文化遗产 AI</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="120" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="121" />
      <source>&amp;Open image…</source>
      <translation>打开图像(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="122" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="123" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="124" />
      <source>&amp;Go</source>
      <translation>前往(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="126" />
      <source>Start screen</source>
      <translation>开始界面</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="127" />
      <source>Studio</source>
      <translation>工作室</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="128" />
      <source>Exhibition</source>
      <translation>展览</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="129" />
      <source>Presentation</source>
      <translation>演示</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="133" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="134" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="135" />
      <source>&amp;About</source>
      <translation>关于(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="156" />
      <source>Open image</source>
      <translation>打开图像</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="185" />
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
    <name>RecognisePanel</name>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="83" />
      <source>Model</source>
      <translation>模型</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="84" />
      <source>Recognise this image</source>
      <translation>识别这张图像</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="85" />
      <source>Show why (heat-map)</source>
      <translation>显示判断依据（热力图）</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="86" />
      <source>Tag a whole folder…</source>
      <translation>为整个文件夹加标签…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="87" />
      <source>Teach a new model from examples…</source>
      <translation>用示例训练新模型…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="139" />
      <source>Choose a folder of photos</source>
      <translation>选择照片文件夹</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="167" />
      <source>{0} — unknown</source>
      <translation>{0} — 未知</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="174" />
      <source>{0} — {1} ({2} %)</source>
      <translation>{0} — {1}（{2}%）</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="176" />
      <source>{0} — perhaps {1} ({2} %)</source>
      <translation>{0} — 也许是{1}（{2}%）</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="175" />
      <source>Tagged {0} photos; skipped {1} that could not be read.</source>
      <translation>已为 {0} 张照片加标签；跳过了 {1} 个无法读取的文件。</translation>
    </message>
  </context>
  <context>
    <name>RestoreController</name>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="121" />
      <source>Choose a colour photo of a similar scene</source>
      <translation>选择一张相似场景的彩色照片</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="136" />
      <source>There are no colour hints to follow yet. Tick “Paint colour hints”, choose a colour and brush a little of it inside each area that should take it, then colourise again.</source>
      <translation>还没有可依据的颜色提示。请勾选“绘制颜色提示”，选择一种颜色，在应呈现该颜色的每个区域内涂上少许，然后再次上色。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="141" />
      <source>colourised from painted hints in {0} colour(s)</source>
      <translation>已按绘制的颜色提示（{0} 种颜色）上色</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="172" />
      <source>The photo is grey there, so the picked colour is a grey: it keeps an area neutral.</source>
      <translation>照片在该处是灰色的，所以取到的也是灰色：它会让该区域保持无彩色。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="174" />
      <source>Picked the colour of the clean original at that point.</source>
      <translation>已取得完好原图在该点的颜色。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="176" />
      <source>Picked the colour of the photo at that point.</source>
      <translation>已取得照片在该点的颜色。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="187" />
      <source>Proposed a repair mask over {0:.2f} % of the image; edit it, then repair.</source>
      <translation>已在图像的 {0:.2f}% 区域建议修复蒙版；请编辑后再修复。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="213" />
      <source>Save restored image</source>
      <translation>保存修复后的图像</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="226" />
      <source>Saved {0} with its provenance record {1}.</source>
      <translation>已保存 {0} 及其处理记录 {1}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="251" />
      <source>Against the clean original: aged {0:.2f} dB / SSIM {1:.3f}</source>
      <translation>与完好原图相比：老化版 {0:.2f} dB / SSIM {1:.3f}</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="253" />
      <source> → restored {0:.2f} dB / SSIM {1:.3f}</source>
      <translation> → 修复后 {0:.2f} dB / SSIM {1:.3f}</translation>
    </message>
  </context>
  <context>
    <name>RestorePanel</name>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>AI inpainting (best for larger holes)</source>
      <translation>AI 修补（适合较大的缺损）</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>Telea, fast (fine scratches)</source>
      <translation>Telea，快速（细小划痕）</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>Navier–Stokes, fast</source>
      <translation>纳维–斯托克斯，快速</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>Frequency-selective, slow (texture)</source>
      <translation>频率选择重建，较慢（纹理）</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="163" />
      <source>Restore old photo (one click)</source>
      <translation>一键修复老照片</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="164" />
      <source>Remove noise</source>
      <translation>去除噪点</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="165" />
      <source>Colourise from a reference photo…</source>
      <translation>参照照片上色…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="166" />
      <source>Enlarge ×2</source>
      <translation>放大 ×2</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="167" />
      <source>Enlarge ×4</source>
      <translation>放大 ×4</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="168" />
      <source>Repair scratches and holes</source>
      <translation>修复划痕与破洞</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="169" />
      <source>Paint the areas to repair</source>
      <translation>涂抹需要修复的区域</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="170" />
      <source>Colour a black-and-white photo</source>
      <translation>为黑白照片上色</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="172" />
      <source>Borrow the colours of a colour photo of a similar scene, matched region by region</source>
      <translation>借用相似场景彩色照片的颜色，按区域逐一匹配</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="174" />
      <source>Paint colour hints</source>
      <translation>绘制颜色提示</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="176" />
      <source>Brush a little of the right colour inside each area; the colour spreads up to its edges</source>
      <translation>在每个区域内涂上少许合适的颜色，颜色会扩散到该区域的边缘</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="178" />
      <source>Colourise from hints</source>
      <translation>按提示上色</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="180" />
      <source>Spread the painted colours over the photo; its brightness and detail stay as they are</source>
      <translation>将涂上的颜色扩散到整张照片，亮度和细节保持不变</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="182" />
      <source>Brush</source>
      <translation>画笔</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="183" />
      <source>Eraser</source>
      <translation>橡皮擦</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="184" />
      <source>Brush size</source>
      <translation>画笔大小</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="185" />
      <source>Undo stroke</source>
      <translation>撤销笔画</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="186" />
      <source>Redo stroke</source>
      <translation>重做笔画</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="187" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="189" />
      <source>Remove every stroke of what you are painting now: repair areas or colour hints</source>
      <translation>清除当前正在涂抹的内容（修复区域或颜色提示）的所有笔画</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="191" />
      <source>Find damage automatically</source>
      <translation>自动查找损伤</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="192" />
      <source>Method</source>
      <translation>方法</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>Repair painted areas</source>
      <translation>修复涂抹区域</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="194" />
      <source>Compare</source>
      <translation>对比</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="198" />
      <source>Before | after split</source>
      <translation>前 | 后 分割对比</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="199" />
      <source>Side by side</source>
      <translation>并排显示</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="200" />
      <source>Difference</source>
      <translation>差异</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="203" />
      <source>Undo last step</source>
      <translation>撤销上一步</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="204" />
      <source>Save as a new file…</source>
      <translation>另存为新文件…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="1" />
      <source>Also repair damage it finds</source>
      <translation>同时修复检测到的损伤</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="1" />
      <source>Shows the scratches and dust it would repair, marked in red, so you can repair, edit or skip them before anything changes</source>
      <translation>先用红色标出将要修复的划痕和灰尘；在照片有任何改动之前，您可以选择修复、编辑蒙版或跳过</translation>
    </message>
  </context>
  <context>
    <name>ResultCard</name>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="90" />
      <source>Most likely {0} ({1} %)</source>
      <translation>最可能是{0}（{1}%）</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="90" />
      <source>Perhaps {0} ({1} %)</source>
      <translation>也许是{0}（{1}%）</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="1" />
      <source>Unknown — the model is not sure this is a heritage subject it knows.</source>
      <translation>未知 — 模型无法确定这是它认识的文化遗产。</translation>
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
      <location filename="../../app/ui/studio/page.py" line="137" />
      <source>◀ Home</source>
      <translation>◀ 首页</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="138" />
      <source>Studio</source>
      <translation>工作室</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="139" />
      <source>Fit</source>
      <translation>适应窗口</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="140" />
      <source>100%</source>
      <translation>100%</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="141" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="142" />
      <source>Recognise</source>
      <translation>识别</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="143" />
      <source>Restore</source>
      <translation>修复</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="145" />
      <source>Open an image with File ▸ Open image… or choose an aged sample below to try restoration.</source>
      <translation>请通过 文件 ▸ 打开图像… 打开图像，或选择下方的老化示例来尝试修复。</translation>
    </message>
    <message>
      <source>Open an image with File ▸ Open image… or choose a sample on the start screen.</source>
      <translation>请通过 文件 ▸ 打开图像… 打开图像，或在开始界面选择示例。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="202" />
      <source>{name} — {w} × {h} px, {fmt}</source>
      <translation>{name} — {w} × {h} 像素，{fmt}</translation>
    </message>
  </context>
  <context>
    <name>TeachDialog</name>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="37" />
      <source>Teach a new model</source>
      <translation>训练新模型</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="42" />
      <source>A folder with one sub-folder of photos per label</source>
      <translation>每个标签对应一个照片子文件夹的文件夹</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="43" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="51" />
      <source>Examples</source>
      <translation>示例</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="52" />
      <source>Model name</source>
      <translation>模型名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="61" />
      <source>Train</source>
      <translation>训练</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="63" />
      <source>Cancel training</source>
      <translation>取消训练</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="82" />
      <source>Choose the examples folder</source>
      <translation>选择示例文件夹</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="93" />
      <source>Choose the examples folder and give the model a name first.</source>
      <translation>请先选择示例文件夹并为模型命名。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="102" />
      <source>Training was cancelled.</source>
      <translation>训练已取消。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="118" />
      <source>“{0}” is ready: cross-validated accuracy {1:.1f} % ({2} folds, top-3 {3:.1f} %); baselines on the same photos: {4}.</source>
      <translation>“{0}”已就绪：交叉验证准确率 {1:.1f}%（{2} 折，前三 {3:.1f}%）；同一批照片上的基线：{4}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="123" />
      <source>Skipped {0} files that could not be read.</source>
      <translation>跳过了 {0} 个无法读取的文件。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="125" />
      <source>Trained in {0:.1f} s.</source>
      <translation>训练用时 {0:.1f} 秒。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="124" />
      <source>With {0} more photos per label, expect about {1:.0f} % (now about {2:.0f} %). This is an estimate from a curve fitted to cross-validated accuracies.</source>
      <translation>每个标签再增加 {0} 张照片，预计准确率约为 {1:.0f}%（目前约 {2:.0f}%）。这是根据交叉验证准确率拟合的曲线得出的估计。</translation>
    </message>
  </context>
  <context>
    <name>StepStatus</name>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>repair</source>
      <translation>修复损伤</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>noise removal</source>
      <translation>去噪</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>colour correction</source>
      <translation>色彩校正</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>AI inpainting</source>
      <translation>AI 修补</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Filled {0:.2f} % of the image ({1}).</source>
      <translation>已填补图像的 {0:.2f} %（{1}）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>The noise (σ ≈ {0:.1f}) is too faint to remove; nothing changed.</source>
      <translation>噪声（σ ≈ {0:.1f}）太弱，无需去除；图像未改变。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Removed noise at σ = {0:.1f}.</source>
      <translation>已按 σ = {0:.1f} 去除噪声。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Enlarged ×{0} to {1} × {2} px.</source>
      <translation>已放大 ×{0}，现为 {1} × {2} 像素。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>The photo needed no changes.</source>
      <translation>这张照片无需修改。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Restored: {0}.</source>
      <translation>已修复：{0}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Colourised from the reference photo.</source>
      <translation>已参照参考照片上色。</translation>
    </message>
  </context>
  <context>
    <name>RepairReviewBox</name>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Check the proposed repair</source>
      <translation>检查建议修复的区域</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Repair and restore</source>
      <translation>修复损伤并一键修复</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Edit the mask with the brush</source>
      <translation>用画笔编辑蒙版</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Restore without repairing</source>
      <translation>不修复损伤，直接一键修复</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Marked in red is what the detector would repair ({0}). Nothing changes until you choose.</source>
      <translation>红色标记的是检测器将要修复的区域（{0}）。在您作出选择之前，照片不会有任何改动。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>The detector found no scratches or dust specks. Paint any damage with the brush, or restore without repairing.</source>
      <translation>检测器没有发现划痕或灰尘斑点。您可以用画笔涂出损伤之处，或不修复损伤，直接一键修复。</translation>
    </message>
  </context>
  <context>
    <name>RepairReview</name>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Review the proposed repair (in red), then choose what to do.</source>
      <translation>请检查建议修复的区域（红色），然后选择下一步。</translation>
    </message>
  </context>
  <context>
    <name>Reasons</name>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>A reason this version of the app cannot yet put into words ({0}).</source>
      <translation>此版本的应用尚无法用文字说明的原因（{0}）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Its best answer is “none of the heritage subjects it knows”.</source>
      <translation>它最有把握的答案是“不是它认识的任何文化遗产”。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>It looks like an everyday thing (an animal, a vehicle, food…) rather than heritage.</source>
      <translation>它看起来更像日常事物（动物、车辆、食物等），而不是文化遗产。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>None of its answers is confident enough to trust.</source>
      <translation>它的答案都不够确定，不能采信。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>The photo is unlike every example the model was taught.</source>
      <translation>这张照片与模型学过的所有示例都不相似。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Noisy: grain or sensor noise is visible.</source>
      <translation>有噪点：可以看到颗粒或传感器噪点。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Blurred: the fine detail is soft.</source>
      <translation>模糊：细节不够清晰。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Faded: the tones no longer reach deep black and clean white.</source>
      <translation>褪色：色调已达不到深黑和纯白。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Colour cast: the whole photo is tinted.</source>
      <translation>偏色：整张照片都带有某种色调。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Black-and-white or toned: its tone is kept as it is.</source>
      <translation>黑白或单色调照片：保留其原有色调。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Scratches or dust specks were found.</source>
      <translation>发现了划痕或灰尘斑点。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Repair of scratches and dust was not switched on.</source>
      <translation>未开启划痕和灰尘修复。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Too little damage was found to be worth repairing.</source>
      <translation>发现的损伤太少，不值得修复。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Repaired the scratches and dust specks the detector found.</source>
      <translation>已修复检测器发现的划痕和灰尘斑点。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Repaired the areas of the mask you reviewed.</source>
      <translation>已修复您检查过的蒙版区域。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>The reviewed mask was empty, so nothing was repaired.</source>
      <translation>检查后的蒙版是空的，因此没有修复任何地方。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Noise removal was not switched on.</source>
      <translation>未开启去噪。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>The noise is too faint to be worth removing.</source>
      <translation>噪点太弱，无需去除。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Removed the noise at the level it measured.</source>
      <translation>已按测得的强度去除噪点。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Removed the noise at the level given.</source>
      <translation>已按指定的强度去除噪点。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Colour correction was not switched on.</source>
      <translation>未开启色彩校正。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>No fading or colour cast was measured, so the colours were left as they are.</source>
      <translation>未测出褪色或偏色，因此颜色保持原样。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Stretched the faded tones back to full contrast.</source>
      <translation>已将褪色的色调拉伸回完整的对比度。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Removed the colour cast.</source>
      <translation>已去除偏色。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Kept the photo's black-and-white or sepia tone.</source>
      <translation>保留了照片的黑白或棕褐色调。</translation>
    </message>
  </context>
  <context>
    <name>RestoreReport</name>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>scratches or hairs: {0}; dust specks: {1}; {2:.2f} % of the image</source>
      <translation>划痕或毛发 {0} 处，灰尘斑点 {1} 处，占图像的 {2:.2f} %</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Scratches or hairs: {0}; dust specks: {1} ({2:.2f} % of the image).</source>
      <translation>划痕或毛发 {0} 处，灰尘斑点 {1} 处（占图像的 {2:.2f} %）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>The damage it found ({0}): you chose to restore without repairing it.</source>
      <translation>检测到的损伤（{0}）：您选择了不修复损伤，直接一键修复。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>The damage it found ({0}): tick “Also repair damage it finds” to review and repair it.</source>
      <translation>检测到的损伤（{0}）：勾选“同时修复检测到的损伤”即可检查并修复。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Marks it proposed that you took out of the mask: {0}.</source>
      <translation>建议修复但被您从蒙版中去掉的标记：{0} 处。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Marks the detector was not sure of: {0} (neither thin scratches nor dust specks; perhaps a stain, a tear or part of the picture).</source>
      <translation>检测器拿不准的标记：{0} 处（既不是细划痕也不是灰尘斑点，可能是污渍、撕裂或画面本身的一部分）。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Textured areas ({0:.1f} % of the image), where damage cannot be told from detail.</source>
      <translation>纹理丰富的区域（占图像的 {0:.1f} %），在这里无法区分损伤与细节。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Stains, tears and cracks: this check looks only for scratches and dust; paint them with the brush and repair them.</source>
      <translation>污渍、撕裂和裂纹：此检查只查找划痕和灰尘；请用画笔涂出后再修复。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Blur: no step sharpens a photo yet.</source>
      <translation>模糊：目前还没有锐化照片的步骤。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Found:</source>
      <translation>发现：</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Nothing wrong was measured.</source>
      <translation>未测出任何问题。</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Steps:</source>
      <translation>处理步骤：</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Left alone:</source>
      <translation>未处理的部分：</translation>
    </message>
  </context>
</TS>