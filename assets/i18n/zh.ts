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
    <message>
      <location filename="../../app/ui/main_window.py" line="145" />
      <source>Reference photos</source>
      <translation>参考照片</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="137" />
      <source>Open &amp;catalogue…</source>
      <translation>打开目录(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="144" />
      <source>Collection</source>
      <translation>藏品</translation>
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
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="93" />
      <source>Reference photos that name sites…</source>
      <translation>用于识别遗址名称的参考照片…</translation>
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
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="164" />
      <source>{0} — matched reference photo {1}, score {2}</source>
      <translation>{0} — 匹配的参考照片：{1}，得分 {2}</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="177" />
      <source>Add reference photos to recognise this site.</source>
      <translation>添加参考照片即可识别这处遗址。</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="178" />
      <source>Reference photos…</source>
      <translation>参考照片…</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="181" />
      <source>I am not sure which site this is.</source>
      <translation>我无法确定这是哪一处遗址。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
        <source>Draw a small “AI-restored” label on images the AI changed</source>
        <translation>在 AI 修改过的图像上加一个小小的“AI 修复”标记</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>内容凭证（C2PA）</translation>
    </message>
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
    <message>
      <location filename="../../app/ui/studio/page.py" line="160" />
      <source>Collection ▸</source>
      <translation>藏品 ▸</translation>
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
      <source>Repaired the scratches and dust specks the detector was sure of.</source>
      <translation>已修复检测器确信的划痕和灰尘斑点。</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Scratches and dust were not repaired: the damage detector&apos;s model files are missing.</source>
      <translation>未修复划痕和灰尘：缺少损伤检测模型文件。</translation>
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
      <source>Removed the noise only in part: it was light or partly fine detail; the photo stays close to the original.</source>
      <translation>只去除了部分噪点：噪点较轻，或其中一些可能是细微纹理，因此照片保持接近原图。</translation>
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
      <source>Possible damage it was not sure enough of to repair on its own: {0} places ({1:.2f} % of the image). Tick “Also repair damage it finds” to review it.</source>
      <translation>不够确定、未自动修复的可能损伤：{0} 处（占图像的 {1:.2f}%）。勾选“同时修复检测到的损伤”即可检查。</translation>
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
  <context>
    <name>CataloguePickDialog</name>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="39" />
      <source>Add photos from the catalogue</source>
      <translation>从藏品目录添加照片</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="43" />
      <source>Choose catalogue…</source>
      <translation>选择目录…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="46" />
      <source>Words in titles, descriptions or tags</source>
      <translation>标题、描述或标签中的词语</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="48" />
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="51" />
      <source>Tick all</source>
      <translation>全部勾选</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="56" />
      <source>Add the ticked photos</source>
      <translation>添加勾选的照片</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="57" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="77" />
      <source>Open a catalogue</source>
      <translation>打开目录</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="84" />
      <source>No catalogue is open.</source>
      <translation>尚未打开目录。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="114" />
      <source>Showing the first {0} of {1} items; add words to narrow the search.</source>
      <translation>显示 {1} 项中的前 {0} 项；请添加词语以缩小搜索范围。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="119" />
      <source>No items match.</source>
      <translation>没有匹配的项目。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="121" />
      <source>{0} items.</source>
      <translation>共 {0} 项。</translation>
    </message>
  </context>
  <context>
    <name>NewSubjectDialog</name>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="37" />
      <source>New subject</source>
      <translation>新建对象</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="48" />
      <source>Choose photos…</source>
      <translation>选择照片…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="53" />
      <source>Lower-case letters (a–z), digits, “_” or “-”; it names a folder.</source>
      <translation>仅限小写字母（a–z）、数字、“_”或“-”；它将用作文件夹名称。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="56" />
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="58" />
      <source>English name</source>
      <translation>英文名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="59" />
      <source>Korean name</source>
      <translation>韩文名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="60" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="61" />
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="64" />
      <source>Create</source>
      <translation>创建</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="65" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="75" />
      <source>Choose reference photos</source>
      <translation>选择参考照片</translation>
    </message>
  </context>
  <context>
    <name>ReferencesPage</name>
    <message>
      <location filename="../../app/ui/references/page.py" line="165" />
      <source>◀ Home</source>
      <translation>◀ 首页</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="166" />
      <source>Reference photos</source>
      <translation>参考照片</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="168" />
      <source>Reference photos let the Studio say which site a photo shows. Add a few photos of each site, taken from different sides and in different light; they are used at once, without retraining.</source>
      <translation>有了参考照片，工作室就能说出照片中是哪一处遗址。请为每处遗址添加几张从不同方向、在不同光线下拍摄的照片；添加后立即生效，无需重新训练。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="173" />
      <source>New subject…</source>
      <translation>新建对象…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="174" />
      <source>Add photos…</source>
      <translation>添加照片…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="175" />
      <source>Add from catalogue…</source>
      <translation>从目录添加…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="176" />
      <source>Remove photo…</source>
      <translation>移除照片…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="177" />
      <source>Remove subject…</source>
      <translation>移除对象…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="178" />
      <source>Credit for the photos you add next (optional)</source>
      <translation>接下来添加的照片的来源（可选）</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="179" />
      <source>Licence (optional)</source>
      <translation>许可协议（可选）</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="181" />
      <source>No reference photos yet. Add three to ten photos of this site, each showing it well.</source>
      <translation>尚无参考照片。请为这处遗址添加三到十张能清楚展现它的照片。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="253" />
      <source>Choose reference photos</source>
      <translation>选择参考照片</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="305" />
      <source>Reading the photos and learning what they show…</source>
      <translation>正在读取照片并学习其中的内容…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="326" />
      <source>Added 1 photo to {0}.</source>
      <translation>已为{0}添加 1 张照片。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="328" />
      <source>Added {0} photos to {1}.</source>
      <translation>已为{1}添加 {0} 张照片。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="330" />
      <source>{0} were already among its reference photos.</source>
      <translation>其中 {0} 张已是它的参考照片。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="345" />
      <source>Remove the reference photo {0}? The original file is kept.</source>
      <translation>移除参考照片 {0}？原始文件会保留。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="356" />
      <source>The photo was removed; the original file is kept.</source>
      <translation>照片已移除；原始文件仍保留。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="365" />
      <source>Remove all {0} reference photos of {1}? The original files are kept.</source>
      <translation>移除{1}的全部 {0} 张参考照片？原始文件会保留。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="367" />
      <source>Remove the subject {1} and its {0} reference photos? The original files are kept.</source>
      <translation>移除对象{1}及其 {0} 张参考照片？原始文件会保留。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="378" />
      <source>Removed; the original files are kept.</source>
      <translation>已移除；原始文件仍保留。</translation>
    </message>
  </context>
  <context>
    <name>PhotoList</name>
    <message>
      <location filename="../../app/ui/references/photo_list.py" line="57" />
      <source>Added by {0} on {1}</source>
      <translation>由 {0} 于 {1} 添加</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/photo_list.py" line="58" />
      <source>{0} × {1} px</source>
      <translation>{0} × {1} 像素</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/photo_list.py" line="61" />
      <source>Credit: {0}</source>
      <translation>来源：{0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/photo_list.py" line="63" />
      <source>Licence: {0}</source>
      <translation>许可协议：{0}</translation>
    </message>
  </context>
  <context>
    <name>SubjectList</name>
    <message>
      <location filename="../../app/ui/references/subject_list.py" line="51" />
      <source>no reference photos yet</source>
      <translation>尚无参考照片</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/subject_list.py" line="53" />
      <source>1 reference photo</source>
      <translation>1 张参考照片</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/subject_list.py" line="55" />
      <source>{0} reference photos</source>
      <translation>{0} 张参考照片</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/subject_list.py" line="57" />
      <source>the museum's own</source>
      <translation>本馆添加的对象</translation>
    </message>
  </context>
  <context>
    <name>ReferenceTexts</name>
    <message>
      <location filename="../../app/ui/references/texts.py" line="27" />
      <source>“{0}” cannot be a subject id: use 1–{1} lower-case letters (a–z), digits, “_” or “-”, starting with a letter or digit.</source>
      <translation>“{0}”不能用作对象 ID：请使用 1–{1} 个小写字母（a–z）、数字、“_”或“-”，并以字母或数字开头。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="31" />
      <source>“{0}” is already one of the sites in the list; choose it there and add photos.</source>
      <translation>“{0}”已是列表中的遗址；请在列表中选中它并添加照片。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="34" />
      <source>There is already a subject “{0}”; choose it in the list and add photos to it.</source>
      <translation>已存在对象“{0}”；请在列表中选中它并为其添加照片。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="35" />
      <source>Give the new subject an English name.</source>
      <translation>请为新对象填写英文名称。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="37" />
      <source>This subject cannot be created.</source>
      <translation>无法创建此对象。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="41" />
      <source>“{0}” could not be read as a photo, so nothing was added.</source>
      <translation>无法将“{0}”读取为照片，因此未添加任何内容。</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="45" />
      <source>Choose at least one photo.</source>
      <translation>请至少选择一张照片。</translation>
    </message>
  </context>
  <context>
    <name>AttractScreen</name>
    <message>
      <location filename="../../app/ui/kiosk/attract.py" />
      <source>Gyeongju Heritage AI</source>
      <translation>庆州文化遗产 AI</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/attract.py" />
      <source>Watch the AI repair an aged picture of Silla heritage</source>
      <translation>看 AI 修复一张陈旧的新罗文化遗产图片</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>Explore Silla heritage with AI</source>
      <translation>与 AI 一起探索新罗文化遗产</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>Choose something to try. Touch a language above at any time.</source>
      <translation>选择想尝试的活动。随时可以点击上方切换语言。</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>New activities are being prepared. Please come back soon.</source>
      <translation>新的活动正在准备中，请稍后再来。</translation>
    </message>
  </context>
  <context>
    <name>IdleOverlay</name>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Still there?</source>
      <translation>还在吗？</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Touch the screen to keep going. Otherwise we will start over for the next visitor.</source>
      <translation>轻触屏幕继续。否则将为下一位参观者重新开始。</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>I'm still here</source>
      <translation>我还在</translation>
    </message>
  </context>
  <context>
    <name>RestingCard</name>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>This activity is resting</source>
      <translation>此活动正在休息</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>It will be back soon. Please try another one.</source>
      <translation>很快就会回来。请试试其他活动。</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Back to the start</source>
      <translation>返回首页</translation>
    </message>
  </context>
  <context>
    <name>ExperienceHost</name>
    <message>
      <location filename="../../app/ui/kiosk/window.py" />
      <source>Home</source>
      <translation>首页</translation>
    </message>
  </context>
  <context>
    <name>PinPad</name>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>That PIN is not right. Please try again.</source>
      <translation>PIN 不正确，请重试。</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Too many tries. Please wait a minute.</source>
      <translation>尝试次数过多，请等待一分钟。</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>No PIN is set yet: the PIN is 0000 until you set one.</source>
      <translation>尚未设置 PIN：设置之前 PIN 为 0000。</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Staff only</source>
      <translation>仅限工作人员</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>PIN</source>
      <translation>PIN 码</translation>
    </message>
  </context>
  <context>
    <name>OperatorPanel</name>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>The statistics could not be saved: %1</source>
      <translation>无法保存统计数据：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Saved to %1</source>
      <translation>已保存到 %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Operator panel</source>
      <translation>管理面板</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Language at the start of each visit</source>
      <translation>每次参观开始时的语言</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Activities shown to visitors</source>
      <translation>向参观者展示的活动</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Seconds without a touch before “Still there?”</source>
      <translation>无触摸多少秒后询问“还在吗？”</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Seconds of the “Still there?” countdown</source>
      <translation>“还在吗？”倒计时秒数</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Large text</source>
      <translation>大字体</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>High contrast</source>
      <translation>高对比度</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Pictures come from: %1</source>
      <translation>图片来源：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Export statistics (CSV)</source>
      <translation>导出统计数据（CSV）</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Reload pictures</source>
      <translation>重新载入图片</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Quit the kiosk</source>
      <translation>退出展示终端</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Visitors: %1</source>
      <translation>参观者：%1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>%1: %2 visits, %3 s on average</source>
      <translation>%1：%2 次，平均 %3 秒</translation>
    </message>
  </context>
  <context>
    <name>CollectionRoom</name>
    <message>
        <source>Where to tag…</source>
        <translation>标注位置…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="110" />
      <source>That did not work</source>
      <translation>操作未能完成</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="122" />
      <source>◀ Home</source>
      <translation>◀ 首页</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="123" />
      <source>Collection</source>
      <translation>藏品</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="124" />
      <source>New catalogue…</source>
      <translation>新建目录…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="125" />
      <source>Open catalogue…</source>
      <translation>打开目录…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="126" />
      <source>Import folder…</source>
      <translation>导入文件夹…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="127" />
      <source>Tag collection</source>
      <translation>为藏品加标签</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="128" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="129" />
      <source>Pictures</source>
      <translation>图片</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="130" />
      <source>Review</source>
      <translation>审核</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="132" />
      <source>A catalogue keeps a museum's pictures, the AI's tags and the curators' decisions in one file. Open one, or create a new catalogue and import a folder of pictures.</source>
      <translation>目录把博物馆的图片、AI 标签和策展人的决定保存在一个文件里。请打开一个目录，或新建目录并导入一个图片文件夹。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="164" />
      <source>New catalogue</source>
      <translation>新建目录</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="170" />
      <source>Open catalogue</source>
      <translation>打开目录</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="175" />
      <source>The catalogue could not be opened</source>
      <translation>无法打开目录</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="178" />
      <source>The catalogue could not be created</source>
      <translation>无法创建目录</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="183" />
      <source>Wait for the running task to finish, or cancel it, before opening another catalogue.</source>
      <translation>打开其他目录之前，请等待正在进行的任务完成，或将其取消。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="223" />
      <source>Import pictures from</source>
      <translation>从此处导入图片</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="231" />
      <source>Importing</source>
      <translation>正在导入</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="232" />
      <source>The import stopped</source>
      <translation>导入已中止</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="241" />
      <source>Tagging</source>
      <translation>正在加标签</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="241" />
      <source>Tagging stopped</source>
      <translation>加标签已中止</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="250" />
      <source>Stopped. What was finished is kept; run it again to go on.</source>
      <translation>已停止。已完成的部分会保留；再次运行即可继续。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="259" />
      <source>Import finished: {0} new, {1} could not be read.</source>
      <translation>导入完成：新增 {0} 张，{1} 个无法读取。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="263" />
      <source>Tagging finished: {0} tagged.</source>
      <translation>加标签完成：已为 {0} 张图片加标签。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="290" />
      <source>The restoration was not recorded</source>
      <translation>修复结果未能记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="294" />
      <source>The restoration was recorded in the catalogue with its provenance.</source>
      <translation>修复结果已连同其来源记录一起记入目录。</translation>
    </message>
  </context>
  <context>
    <name>CollectionView</name>
    <message>
      <location filename="../../app/ui/collection/browse_view.py" line="69" />
      <source>Cannot be read</source>
      <translation>无法读取</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/browse_view.py" line="69" />
      <source>File missing</source>
      <translation>文件缺失</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/browse_view.py" line="129" />
      <source>Pictures: {0}</source>
      <translation>图片：{0} 张</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/browse_view.py" line="176" />
      <source>The description was saved.</source>
      <translation>描述已保存。</translation>
    </message>
  </context>
  <context>
    <name>DublinCoreForm</name>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="70" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="70" />
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="70" />
      <source>Creator</source>
      <translation>创作者</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="71" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="71" />
      <source>Subjects</source>
      <translation>主题</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="71" />
      <source>Site (coverage)</source>
      <translation>地点（范围）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="72" />
      <source>Rights</source>
      <translation>权利</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="72" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="72" />
      <source>Identifier</source>
      <translation>标识符</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="76" />
      <source>no language</source>
      <translation>无语言</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="80" />
      <source>separate several with ;</source>
      <translation>多个值用 ; 分隔</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="82" />
      <source>e.g. 1920s, 1936-05</source>
      <translation>例如：1920年代、1936-05</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="82" />
      <source>Export the catalogue</source>
      <translation>导出目录</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="84" />
      <source>XMP sidecars (Lightroom, Bridge, digiKam)</source>
      <translation>XMP 附属文件（Lightroom、Bridge、digiKam）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="85" />
      <source>Dublin Core CSV (Omeka S, spreadsheets)</source>
      <translation>都柏林核心 CSV（Omeka S、电子表格）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="86" />
      <source>Dublin Core JSON (scripts, migrations)</source>
      <translation>都柏林核心 JSON（脚本、数据迁移）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="87" />
      <source>IIIF static site (Mirador, Universal Viewer)</source>
      <translation>IIIF 静态网站（Mirador、Universal Viewer）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="91" />
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="92" />
      <source>Folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="93" />
      <source>Address it will be served at</source>
      <translation>发布的网址</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="94" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="95" />
      <source>Where the files go</source>
      <translation>文件的保存位置</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="96" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="97" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="108" />
      <source>One .xmp file per picture, named so photo software pairs it with the picture.</source>
      <translation>每张图片生成一个 .xmp 文件，其名称能让照片软件把它与图片配对。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="109" />
      <source>One dublin-core.csv with a row per picture and a column per field and language.</source>
      <translation>生成一个 dublin-core.csv：每张图片一行，每个字段和语言一列。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="110" />
      <source>One dublin-core.json with everything the catalogue knows about each picture.</source>
      <translation>生成一个 dublin-core.json，包含目录中关于每张图片的全部信息。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="111" />
      <source>A folder to put on a web server: a collection, one manifest per picture and image tiles.</source>
      <translation>生成一个可放到网站服务器上的文件夹：一个合集、每张图片一个清单以及图像切片。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="116" />
      <source>Export into</source>
      <translation>导出到</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="127" />
      <source>Choose a folder to export into.</source>
      <translation>请选择要导出到的文件夹。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="133" />
      <source>Exporting</source>
      <translation>正在导出</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="138" />
      <source>The export was cancelled; the files finished so far are kept.</source>
      <translation>导出已取消；已完成的文件会保留。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="155" />
      <source>Export finished: {0} exported into {1}.</source>
      <translation>导出完成：已将 {0} 张图片导出到 {1}。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="157" />
      <source>Left out: {0}; gyeongju-export.json in that folder says why.</source>
      <translation>未导出：{0} 张；原因见该文件夹中的 gyeongju-export.json。</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="74" />
      <source>Search titles, descriptions and notes</source>
      <translation>搜索标题、描述和备注</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="75" />
      <source>Any tag</source>
      <translation>任意标签</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="76" />
      <source>Pick a tag or type its name in any language</source>
      <translation>选择标签，或用任意语言输入其名称</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="77" />
      <source>Any review state</source>
      <translation>任意审核状态</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="77" />
      <source>Not reviewed</source>
      <translation>未审核</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="77" />
      <source>Accepted</source>
      <translation>已接受</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="78" />
      <source>Rejected</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="78" />
      <source>Corrected</source>
      <translation>已更正</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="80" />
      <source>Any confidence</source>
      <translation>任意置信度</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="80" />
      <source>Below 50 %</source>
      <translation>低于 50 %</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="80" />
      <source>50–80 %</source>
      <translation>50–80 %</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="81" />
      <source>80 % and above</source>
      <translation>80 % 及以上</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="83" />
      <source>Any model</source>
      <translation>任意模型</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="84" />
      <source>Site (coverage)</source>
      <translation>地点（范围）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="85" />
      <source>From YYYY-MM-DD</source>
      <translation>起始 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="86" />
      <source>To YYYY-MM-DD</source>
      <translation>截止 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="87" />
      <source>Clear filters</source>
      <translation>清除筛选</translation>
    </message>
  </context>
  <context>
    <name>ItemDetailPane</name>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="100" />
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="101" />
      <source>Description (Dublin Core)</source>
      <translation>描述（都柏林核心）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="102" />
      <source>Save description</source>
      <translation>保存描述</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="103" />
      <source>Open in workbench</source>
      <translation>在工作台中打开</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="104" />
      <source>Restore this picture in the Studio; a saved result is recorded here</source>
      <translation>在工作室中修复这张图片；保存的结果会记录在这里</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="105" />
      <source>Restorations</source>
      <translation>修复记录</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="106" />
      <source>Choose a picture to see its tags and description.</source>
      <translation>选择一张图片即可查看其标签和描述。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="147" />
      <source>{0} × {1} px</source>
      <translation>{0} × {1} 像素</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="151" />
      <source>taken {0}</source>
      <translation>拍摄于 {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="156" />
      <source>Not reviewed yet</source>
      <translation>尚未审核</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="156" />
      <source>Accepted by a curator</source>
      <translation>已由策展人接受</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="157" />
      <source>The AI's answer was rejected</source>
      <translation>AI 的答案已被拒绝</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="157" />
      <source>Corrected by a curator</source>
      <translation>已由策展人更正</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="161" />
      <source>Could not be read: {0}</source>
      <translation>无法读取：{0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="163" />
      <source>Its file was missing at the last import.</source>
      <translation>上次导入时找不到它的文件。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="168" />
      <source>None recorded yet.</source>
      <translation>尚无记录。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="172" />
      <source>no model</source>
      <translation>无模型</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="173" />
      <source>{date}: {file} — {steps}; models: {models}</source>
      <translation>{date}：{file} — {steps}；模型：{models}</translation>
    </message>
  </context>
  <context>
    <name>LabelNames</name>
    <message>
      <location filename="../../app/ui/collection/names.py" line="20" />
      <source>Not heritage</source>
      <translation>非文化遗产</translation>
    </message>
  </context>
  <context>
    <name>ProgressLine</name>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="58" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="66" />
      <source>Starting…</source>
      <translation>正在开始…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="76" />
      <source>Stopping after the current picture…</source>
      <translation>处理完当前图片后停止…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="96" />
      <source>{0} of {1}</source>
      <translation>{0} / {1}</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="98" />
      <source>{0:.1f} per second</source>
      <translation>每秒 {0:.1f} 个</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="100" />
      <source>about {0} left</source>
      <translation>约剩 {0}</translation>
    </message>
  </context>
  <context>
    <name>ReviewView</name>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="121" />
      <source>Cannot be read</source>
      <translation>无法读取</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="121" />
      <source>File missing</source>
      <translation>文件缺失</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="122" />
      <source>Accept selected (A)</source>
      <translation>接受所选 (A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="123" />
      <source>Accept all at or above</source>
      <translation>接受不低于此分数的全部</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="124" />
      <source>Accept every picture in the queue whose AI score is at least this</source>
      <translation>接受审核队列中 AI 分数不低于此值的所有图片</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="125" />
      <source>Undo (Ctrl+Z)</source>
      <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="126" />
      <source>Type the right name, then Enter (Esc to cancel)</source>
      <translation>输入正确的名称后按 Enter（按 Esc 取消）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="128" />
      <source>Keys: A accept · R reject · C correct · arrows or J/K move · Shift+arrows select · Ctrl+Z undo</source>
      <translation>按键：A 接受 · R 拒绝 · C 更正 · 方向键或 J/K 移动 · Shift+方向键 选择 · Ctrl+Z 撤销</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="168" />
      <source>To review: {0}</source>
      <translation>待审核：{0} 张</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="176" />
      <source>Nothing to review.</source>
      <translation>没有待审核的图片。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="182" />
      <source>AI suggests &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
      <translation>AI 建议：&lt;b&gt;{0}&lt;/b&gt;（{1}）</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="186" />
      <source>Other candidates: {0}</source>
      <translation>其他候选：{0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="269" />
      <source>Accepted “{0}”.</source>
      <translation>已接受“{0}”。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="273" />
      <source>Accepted the {0} selected pictures.</source>
      <translation>已接受所选的 {0} 张图片。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="278" />
      <source>Rejected “{0}”.</source>
      <translation>已拒绝“{0}”。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="296" />
      <source>Corrected to “{0}”.</source>
      <translation>已更正为“{0}”。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="313" />
      <source>Accepted every picture scored at or above the threshold: {0} in all.</source>
      <translation>已接受所有不低于阈值的图片：共 {0} 张。</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="342" />
      <source>Undone: the last decision was taken back.</source>
      <translation>已撤销：上一个决定已收回。</translation>
    </message>
  </context>
  <context>
    <name>TagChips</name>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="53" />
      <source>accepted by {0}</source>
      <translation>{0} 已接受</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="53" />
      <source>corrected by {0}</source>
      <translation>{0} 已更正</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="54" />
      <source>added by {0}</source>
      <translation>{0} 已添加</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="54" />
      <source>rejected by {0}</source>
      <translation>{0} 已拒绝</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="63" />
      <source>A curator's decision</source>
      <translation>策展人的决定</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="65" />
      <source>AI · {label} {score} · {model} {version}</source>
      <translation>AI · {label} {score} · {model} {version}</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="69" />
      <source>A model's suggestion, not checked by a person unless a decision says so</source>
      <translation>模型的建议；除非有决定记录，否则未经人工核对</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="72" />
      <source>No tags yet: run “Tag collection”.</source>
      <translation>还没有标签：请运行“为藏品加标签”。</translation>
    </message>
  </context>
  <context>
    <name>AiExperience</name>
    <message>
      <source>◀ Back</source>
      <translation>◀ 返回</translation>
    </message>
    <message>
      <source>Back to the start</source>
      <translation>返回首页</translation>
    </message>
    <message>
      <source>This activity is resting</source>
      <translation>这个体验正在休息</translation>
    </message>
    <message>
      <source>Its AI could not start. Please try another activity.</source>
      <translation>它的 AI 无法启动。请试试其他体验。</translation>
    </message>
  </context>
  <context>
    <name>EnergyBanner</name>
    <message>
      <source>⚡ Each time the AI works, you will see here how long it took and how much energy it used.</source>
      <translation>⚡ AI 每次工作，这里都会显示用了多长时间、消耗了多少能量。</translation>
    </message>
    <message>
      <source>⚡ %1 took %2 seconds and used about %3 joules of energy (an estimate).</source>
      <translation>⚡ %1用了 %2 秒，消耗约 %3 焦耳能量（估算值）。</translation>
    </message>
    <message>
      <source>Estimate: the computer time the AI used × %1 watts per busy processor core.</source>
      <translation>估算方法：AI 占用的计算时间 × 每个繁忙处理器核心 %1 瓦。</translation>
    </message>
    <message>
      <source>Healing</source>
      <translation>修复</translation>
    </message>
    <message>
      <source>Looking at the photo</source>
      <translation>看照片</translation>
    </message>
    <message>
      <source>Learning</source>
      <translation>学习</translation>
    </message>
    <message>
      <source>Getting the AI ready</source>
      <translation>准备 AI</translation>
    </message>
    <message>
      <source>That is less than an LED light bulb uses in one second.</source>
      <translation>这比一只 LED 灯泡亮一秒钟用的还少。</translation>
    </message>
    <message>
      <source>That is about what an LED light bulb uses in %1 seconds.</source>
      <translation>大约相当于一只 LED 灯泡亮 %1 秒。</translation>
    </message>
    <message>
      <source>That is about what an LED light bulb uses in %1 minutes.</source>
      <translation>大约相当于一只 LED 灯泡亮 %1 分钟。</translation>
    </message>
  </context>
  <context>
    <name>HealExperience</name>
    <message>
        <source>ⓘ AI-restored</source>
        <translation>ⓘ AI 修复</translation>
    </message>
    <message>
        <source>AI-restored: an AI model painted %1 % of this photo where it had scratches and spots. The original is kept unchanged. When a museum saves such a picture, it records what the AI did inside the file (Content Credentials, C2PA), so anyone can check it.</source>
        <translation>AI 修复：AI 模型在这张照片有划痕和污点的地方重绘了 %1 %。原图保持不变。博物馆保存这类图片时，会把 AI 做了什么记录在文件里（内容凭证，C2PA），任何人都可以核实。</translation>
    </message>
    <message>
      <source>Getting the photo ready…</source>
      <translation>正在准备照片…</translation>
    </message>
    <message>
      <source>The AI is healing…</source>
      <translation>AI 正在修复…</translation>
    </message>
    <message>
      <source>Healed: %1 % of the photo</source>
      <translation>已修复：照片的 %1 %</translation>
    </message>
    <message>
      <source>Find a scratch or a spot and rub over it.</source>
      <translation>找到划痕或污点，用手指擦一擦。</translation>
    </message>
    <message>
      <source>Rub your finger over the scratches and spots. The AI fills them in.</source>
      <translation>用手指擦过划痕和污点，AI 会把它们补好。</translation>
    </message>
    <message>
      <source>Drag the line to compare the photo before and after.</source>
      <translation>拖动分界线，对比修复前后的照片。</translation>
    </message>
    <message>
      <source>Blue shows every pixel the AI painted. Everything else is untouched.</source>
      <translation>蓝色是 AI 画过的每一个像素，其余部分都没有动。</translation>
    </message>
    <message>
      <source>Heal the photograph</source>
      <translation>修复老照片</translation>
    </message>
    <message>
      <source>Heal</source>
      <translation>修复</translation>
    </message>
    <message>
      <source>◐ Before and after</source>
      <translation>◐ 修复前后</translation>
    </message>
    <message>
      <source>✦ What the AI changed</source>
      <translation>✦ AI 改了哪里</translation>
    </message>
    <message>
      <source>↺ Start again</source>
      <translation>↺ 重新开始</translation>
    </message>
    <message>
      <source>Another photo ▶</source>
      <translation>换一张照片 ▶</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>修复前</translation>
    </message>
    <message>
      <source>After</source>
      <translation>修复后</translation>
    </message>
    <message>
      <source>The photo to heal</source>
      <translation>要修复的照片</translation>
    </message>
  </context>
  <context>
    <name>SeeExperience</name>
    <message>
      <source>Getting the AI ready…</source>
      <translation>正在准备 AI…</translation>
    </message>
    <message>
      <source>Let me look…</source>
      <translation>让我看看…</translation>
    </message>
    <message>
      <source>Pick a photo below.</source>
      <translation>请在下方选一张照片。</translation>
    </message>
    <message>
      <source>I don't know.</source>
      <translation>我不知道。</translation>
    </message>
    <message>
      <source>I think it is: %1</source>
      <translation>我认为是：%1</translation>
    </message>
    <message>
      <source>Something else: %1 %</source>
      <translation>其他：%1 %</translation>
    </message>
    <message>
      <source>There is almost nothing to see in this photo, so the AI does not guess.</source>
      <translation>这张照片里几乎什么都看不到，所以 AI 不去猜。</translation>
    </message>
    <message>
      <source>None of its guesses is sure enough, so it says so instead of guessing. It only knows the heritage it learned from.</source>
      <translation>它没有一个答案足够有把握，所以直说不知道，而不是乱猜。它只认识学过的文化遗产。</translation>
    </message>
    <message>
      <source>It can be wrong: it learned from drawings and a few photos, so an unusual angle, light or object can fool it.</source>
      <translation>它也会出错：它是从图画和少量照片学来的，少见的角度、光线或物体都可能骗过它。</translation>
    </message>
    <message>
      <source>What does the AI see?</source>
      <translation>AI 看到了什么？</translation>
    </message>
    <message>
      <source>Pick a photo. The AI says what it thinks it shows and how sure it is.</source>
      <translation>选一张照片，AI 会说出它认为照片里是什么，以及有多确定。</translation>
    </message>
    <message>
      <source>Show where the AI looked</source>
      <translation>显示 AI 看了哪里</translation>
    </message>
    <message>
      <source>The photo the AI looks at</source>
      <translation>AI 正在看的照片</translation>
    </message>
    <message>
      <source>An everyday photo</source>
      <translation>一张日常照片</translation>
    </message>
  </context>
  <context>
    <name>TeachExperience</name>
    <message>
      <source>Getting the photos ready… %1 %</source>
      <translation>正在准备照片… %1 %</translation>
    </message>
    <message>
      <source>%1
%2 photos</source>
      <translation>%1
%2 张照片</translation>
    </message>
    <message>
      <source>Put the photo in “%1”</source>
      <translation>把照片放进“%1”</translation>
    </message>
    <message>
      <source>Photo %1 of %2: is it “%3” or “%4”? Drag it to a side, or tap a side.</source>
      <translation>第 %1 张，共 %2 张：是“%3”还是“%4”？把它拖到一边，或点一边。</translation>
    </message>
    <message>
      <source>All sorted! Look how well the AI learned.</source>
      <translation>全部分好了！看看 AI 学得怎么样。</translation>
    </message>
    <message>
      <source>The AI guesses photos it has never seen:</source>
      <translation>AI 来猜从没见过的照片：</translation>
    </message>
    <message>
      <source>Sort at least one photo into each side and the AI starts to learn.</source>
      <translation>每边至少放一张照片，AI 就开始学习。</translation>
    </message>
    <message>
      <source>After %1 photos the AI gets %2 of %3 right (%4 %).</source>
      <translation>学了 %1 张照片后，AI 在 %3 张里猜对 %2 张（%4 %）。</translation>
    </message>
    <message>
      <source>Teach the AI</source>
      <translation>教教 AI</translation>
    </message>
    <message>
      <source>Sort photos into two groups. The AI learns from you and guesses new photos.</source>
      <translation>把照片分成两组。AI 向你学习，再来猜新照片。</translation>
    </message>
    <message>
      <source>What should the AI learn to tell apart? Choose two groups:</source>
      <translation>要让 AI 学会区分什么？选两组：</translation>
    </message>
    <message>
      <source>Choose other groups</source>
      <translation>换两组</translation>
    </message>
    <message>
      <source>The photo to sort</source>
      <translation>要分类的照片</translation>
    </message>
  </context>
  <context>
    <name>KioskTeachGroups</name>
    <message>
      <source>Stone</source>
      <translation>石头</translation>
    </message>
    <message>
      <source>Wood</source>
      <translation>木头</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>白天</translation>
    </message>
    <message>
      <source>Night</source>
      <translation>夜晚</translation>
    </message>
    <message>
      <source>Treasure</source>
      <translation>珍宝</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地方</translation>
    </message>
    <message>
      <source>Summer</source>
      <translation>夏天</translation>
    </message>
    <message>
      <source>Winter</source>
      <translation>冬天</translation>
    </message>
  </context>
  <context>
    <name>KioskHeritageTypes</name>
    <message>
      <source>Pagoda</source>
      <translation>佛塔</translation>
    </message>
    <message>
      <source>Buddhist sculpture</source>
      <translation>佛教造像</translation>
    </message>
    <message>
      <source>Temple and hall</source>
      <translation>寺院与殿堂</translation>
    </message>
    <message>
      <source>Palace and pavilion</source>
      <translation>宫殿与楼阁</translation>
    </message>
    <message>
      <source>Royal tomb</source>
      <translation>王陵与古坟</translation>
    </message>
    <message>
      <source>Bridge</source>
      <translation>桥梁</translation>
    </message>
    <message>
      <source>Hanok house</source>
      <translation>韩屋</translation>
    </message>
    <message>
      <source>Fortress and gate</source>
      <translation>城郭与城门</translation>
    </message>
    <message>
      <source>Temple bell</source>
      <translation>梵钟</translation>
    </message>
    <message>
      <source>Crown and jewellery</source>
      <translation>冠饰与首饰</translation>
    </message>
    <message>
      <source>Roof tile</source>
      <translation>瓦件</translation>
    </message>
    <message>
      <source>Ceramics</source>
      <translation>陶瓷器</translation>
    </message>
    <message>
      <source>Stone monument</source>
      <translation>石造物与碑</translation>
    </message>
    <message>
      <source>Painting and document</source>
      <translation>绘画与文献</translation>
    </message>
  </context>
  <context>
    <name>Experience</name>
    <message>
      <source>Heal the photograph</source>
      <translation>修复老照片</translation>
    </message>
    <message>
      <source>What does the AI see?</source>
      <translation>AI 看到了什么？</translation>
    </message>
    <message>
      <source>Teach the AI</source>
      <translation>教教 AI</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Image and fact card</source>
      <translation>图片与资料卡</translation>
    </message>
    <message>
      <source>Restoration</source>
      <translation>修复</translation>
    </message>
    <message>
      <source>Recognition</source>
      <translation>识别</translation>
    </message>
    <message>
      <source>Teach by example</source>
      <translation>用示例教学</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>并排对比</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Running live… the audience still sees the previous step.</source>
      <translation>正在实时运行……观众仍看到上一步。</translation>
    </message>
    <message>
      <source>Could not show this step: {error}</source>
      <translation>无法显示此步骤：{error}</translation>
    </message>
    <message>
      <source>Nothing runs live in this step.</source>
      <translation>此步骤没有实时运行的内容。</translation>
    </message>
    <message>
      <source>Ran live in {seconds:.1f} s.</source>
      <translation>实时运行，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
      <source>Shown from the rehearsed cache: the live run was over its time budget.</source>
      <translation>显示的是排练缓存：实时运行超出了时间预算。</translation>
    </message>
    <message>
      <source>Shown from the rehearsed cache: the live run failed ({reason}).</source>
      <translation>显示的是排练缓存：实时运行失败（{reason}）。</translation>
    </message>
    <message>
      <source>Speaker notes</source>
      <translation>演讲者备注</translation>
    </message>
    <message>
      <source>→ / PgDn / Space: next   ← / PgUp: previous   digits + Enter: go to step   B: black screen   P: notes panel (one screen)   Esc: quit</source>
      <translation>→ / PgDn / Space：下一步   ← / PgUp：上一步   数字 + Enter：跳到该步   B：黑屏   P：备注面板（单屏）   Esc：退出</translation>
    </message>
    <message>
      <source>The audience screen is black (B to show it again).</source>
      <translation>观众屏幕已黑屏（按 B 恢复显示）。</translation>
    </message>
    <message>
      <source>Step {n} of {total}: {kind}</source>
      <translation>第 {n} 步，共 {total} 步：{kind}</translation>
    </message>
    <message>
      <source>(no notes for this step)</source>
      <translation>（此步骤没有备注）</translation>
    </message>
    <message>
      <source>Next: {step}</source>
      <translation>下一步：{step}</translation>
    </message>
    <message>
      <source>Next: end of the show</source>
      <translation>下一步：演示结束</translation>
    </message>
    <message>
      <source>Elapsed {time}</source>
      <translation>已用时间 {time}</translation>
    </message>
  </context>
  <context>
    <name>PresenterAudience</name>
    <message>
      <source>Before</source>
      <translation>修复前</translation>
    </message>
    <message>
      <source>After</source>
      <translation>修复后</translation>
    </message>
    <message>
      <source>Not sure: none of the answers is likely enough</source>
      <translation>不确定：没有一个答案足够可信</translation>
    </message>
    <message>
      <source>Taught from {photos} photos; checked on photos it did not see: {percent} % right</source>
      <translation>用 {photos} 张照片教学；在未见过的照片上检验：正确率 {percent}%</translation>
    </message>
    <message>
      <source>Scan to visit</source>
      <translation>扫码访问</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui PackDetails -->
    <name>PackDetails</name>
    <message>
      <source>⚠ Not signed: nobody vouches for its contents. Install only if you know where it came from.</source>
      <translation>⚠ 未签名：没有人为其内容担保。只有在知道其来源时才安装。</translation>
    </message>
    <message>
      <source>image</source>
      <translation>图像</translation>
    </message>
    <message>
      <source>fact card</source>
      <translation>资料卡</translation>
    </message>
    <message>
      <source>model weights</source>
      <translation>模型权重</translation>
    </message>
    <message>
      <source>model card</source>
      <translation>模型说明</translation>
    </message>
    <message>
      <source>presentation script</source>
      <translation>演示脚本</translation>
    </message>
    <message>
      <source>kiosk content</source>
      <translation>自助终端内容</translation>
    </message>
    <message>
      <source>settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>reference photo</source>
      <translation>参考照片</translation>
    </message>
    <message>
      <source>reference subject</source>
      <translation>参考对象</translation>
    </message>
    <message>
      <source>⚠ Its signature could not be checked. Install only if you know where it came from.</source>
      <translation>⚠ 无法检查其签名。只有在知道其来源时才安装。</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>用途</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>许可</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>署名</translation>
    </message>
    <message>
      <source>Choose a pack on the left, or import one.</source>
      <translation>请在左侧选择一个包，或导入一个包。</translation>
    </message>
    <message>
      <source>✔ Signed by {signer}, a key you trust.</source>
      <translation>✔ 由 {signer} 签名，这是您信任的密钥。</translation>
    </message>
    <message>
      <source>⚠ Signed by a key you have not trusted ({key}). Install only if you know where it came from.</source>
      <translation>⚠ 由您尚未信任的密钥（{key}）签名。只有在知道其来源时才安装。</translation>
    </message>
    <message>
      <source>{id} · version {version} · from {institution} · {count} files, {mb:.1f} MB</source>
      <translation>{id} · 版本 {version} · 来自 {institution} · {count} 个文件，{mb:.1f} MB</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui PacksPage -->
    <name>PacksPage</name>
    <message>
      <source>Packs</source>
      <translation>演示包</translation>
    </message>
    <message>
      <source>Import a pack</source>
      <translation>导入演示包</translation>
    </message>
    <message>
      <source>Install an unsigned pack?</source>
      <translation>要安装未签名的包吗？</translation>
    </message>
    <message>
      <source>Install anyway</source>
      <translation>仍然安装</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Installing…</source>
      <translation>正在安装…</translation>
    </message>
    <message>
      <source>Remove this pack?</source>
      <translation>要删除这个包吗？</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Removing…</source>
      <translation>正在删除…</translation>
    </message>
    <message>
      <source>Export the pack</source>
      <translation>导出演示包</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <source>◀ Back</source>
      <translation>◀ 返回</translation>
    </message>
    <message>
      <source>Packs — demos to share with partner institutions</source>
      <translation>演示包 — 与合作机构分享的演示</translation>
    </message>
    <message>
      <source>Script editor…</source>
      <translation>脚本编辑器…</translation>
    </message>
    <message>
      <source>Installed packs</source>
      <translation>已安装的包</translation>
    </message>
    <message>
      <source>Import a pack…</source>
      <translation>导入演示包…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Install this pack</source>
      <translation>安装这个包</translation>
    </message>
    <message>
      <source>Saved {name}: it can be sent to a partner as it is.</source>
      <translation>已保存 {name}：可以直接发送给合作伙伴。</translation>
    </message>
    <message>
      <source>Checking “{name}”…</source>
      <translation>正在检查“{name}”…</translation>
    </message>
    <message>
      <source>“{name}” passed every check. It is not installed yet.</source>
      <translation>“{name}”通过了所有检查，但尚未安装。</translation>
    </message>
    <message>
      <source>“{title}” is not signed by a key you trust, so nobody vouches for its contents. Install it only if you know where it came from.</source>
      <translation>“{title}”没有用您信任的密钥签名，因此没有人为其内容担保。只有在知道其来源时才安装。</translation>
    </message>
    <message>
      <source>Installed “{title}” {version}.</source>
      <translation>已安装“{title}” {version}。</translation>
    </message>
    <message>
      <source>Remove “{title}” {version} from this computer? Its rehearsed results go with it.</source>
      <translation>要从这台电脑删除“{title}” {version}吗？其排练结果也会一并删除。</translation>
    </message>
    <message>
      <source>Removed {spec}.</source>
      <translation>已删除 {spec}。</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui SamplePickDialog -->
    <name>SamplePickDialog</name>
    <message>
      <source>Add steps from the samples</source>
      <translation>从示例添加步骤</translation>
    </message>
    <message>
      <source>Add the ticked samples</source>
      <translation>添加勾选的示例</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>The samples are computer renderings, not photographs.</source>
      <translation>示例是计算机渲染图，并非照片。</translation>
    </message>
    <message>
      <source>The sample images are not built yet (make samples).</source>
      <translation>示例图像尚未生成（make samples）。</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui PackInfoDialog -->
    <name>PackInfoDialog</name>
    <message>
      <source>Build a pack from this script</source>
      <translation>用这个脚本制作演示包</translation>
    </message>
    <message>
      <source>Pack id (a–z, 0–9, - and _)</source>
      <translation>包 ID（a–z、0–9、- 和 _）</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>Licence of every file</source>
      <translation>所有文件的许可</translation>
    </message>
    <message>
      <source>Credit of every file</source>
      <translation>所有文件的署名</translation>
    </message>
    <message>
      <source>Choose where to save…</source>
      <translation>选择保存位置…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>The pack id may use only a–z, 0–9, - and _ (for example gyeongju-demo).</source>
      <translation>包 ID 只能使用 a–z、0–9、- 和 _（例如 gyeongju-demo）。</translation>
    </message>
    <message>
      <source>Give the name of your institution: partners see it as the sender.</source>
      <translation>请填写您的机构名称：合作伙伴会看到它是发送方。</translation>
    </message>
    <message>
      <source>Give the licence of the files (for example CC-BY-4.0).</source>
      <translation>请填写文件的许可（例如 CC-BY-4.0）。</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui ScriptEditorPage -->
    <name>ScriptEditorPage</name>
    <message>
      <source>Script editor</source>
      <translation>脚本编辑器</translation>
    </message>
    <message>
      <source>(no caption yet)</source>
      <translation>（尚无字幕）</translation>
    </message>
    <message>
      <source>Open a presentation script</source>
      <translation>打开演示脚本</translation>
    </message>
    <message>
      <source>Save the script</source>
      <translation>保存脚本</translation>
    </message>
    <message>
      <source>Save the pack</source>
      <translation>保存演示包</translation>
    </message>
    <message>
      <source>Building the pack…</source>
      <translation>正在制作演示包…</translation>
    </message>
    <message>
      <source>◀ Back</source>
      <translation>◀ 返回</translation>
    </message>
    <message>
      <source>Script editor — compose a show</source>
      <translation>脚本编辑器 — 编排一场演示</translation>
    </message>
    <message>
      <source>Packs…</source>
      <translation>演示包…</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>另存为…</translation>
    </message>
    <message>
      <source>Build pack…</source>
      <translation>制作演示包…</translation>
    </message>
    <message>
      <source>Languages (presenter, delegation)</source>
      <translation>语言（演讲者、代表团）</translation>
    </message>
    <message>
      <source>Show title</source>
      <translation>演示标题</translation>
    </message>
    <message>
      <source>New pictures become</source>
      <translation>新图片作为</translation>
    </message>
    <message>
      <source>Add from the catalogue…</source>
      <translation>从目录添加…</translation>
    </message>
    <message>
      <source>Add from the samples…</source>
      <translation>从示例添加…</translation>
    </message>
    <message>
      <source>Add step</source>
      <translation>添加步骤</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Move up (or drag the step)</source>
      <translation>上移（或拖动步骤）</translation>
    </message>
    <message>
      <source>Move down (or drag the step)</source>
      <translation>下移（或拖动步骤）</translation>
    </message>
    <message>
      <source>Preview (as the audience sees it)</source>
      <translation>预览（观众看到的画面）</translation>
    </message>
    <message>
      <source>Preview this step</source>
      <translation>预览此步骤</translation>
    </message>
    <message>
      <source>Choose two different languages: the presenter's and the delegation's.</source>
      <translation>请选择两种不同的语言：演讲者的语言和代表团的语言。</translation>
    </message>
    <message>
      <source>Running the step live…</source>
      <translation>正在现场运行此步骤…</translation>
    </message>
    <message>
      <source>Preparing the preview…</source>
      <translation>正在准备预览…</translation>
    </message>
    <message>
      <source>This is what the audience will see.</source>
      <translation>观众将看到这个画面。</translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>已保存 {name}。</translation>
    </message>
    <message>
      <source>Show title in {language}</source>
      <translation>{language}演示标题</translation>
    </message>
    <message>
      <source>Ran live in {seconds:.1f} s; the show will use the rehearsed result if it is slower than its budget.</source>
      <translation>现场运行用时 {seconds:.1f} 秒；演示时如果超出时间预算，将显示排练结果。</translation>
    </message>
    <message>
      <source>Wrote {name}: {count} files. Install it on the Packs page or send it to a partner.</source>
      <translation>已写入 {name}：{count} 个文件。可在“演示包”页面安装，或发送给合作伙伴。</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui StepForm -->
    <name>StepForm</name>
    <message>
        <source>Groups to teach</source>
        <translation>要教的分组</translation>
    </message>
    <message>
        <source>One group per line, e.g. Dabotap: images/a.jpg, images/b.jpg</source>
        <translation>每行一个分组，例如 多宝塔: images/a.jpg, images/b.jpg</translation>
    </message>
    <message>
      <source>Speaker notes</source>
      <translation>演讲备注</translation>
    </message>
    <message>
      <source>Time budget</source>
      <translation>时间预算</translation>
    </message>
    <message>
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <source>Picture</source>
      <translation>图片</translation>
    </message>
    <message>
      <source>Right picture</source>
      <translation>右侧图片</translation>
    </message>
    <message>
      <source>Subject (fact card)</source>
      <translation>对象（资料卡）</translation>
    </message>
    <message>
      <source>Institution's web page</source>
      <translation>机构网页</translation>
    </message>
    <message>
      <source>Choose a step on the left, or add one.</source>
      <translation>请在左侧选择一个步骤，或添加一个。</translation>
    </message>
    <message>
      <source>default ({seconds:g} s)</source>
      <translation>默认（{seconds:g} 秒）</translation>
    </message>
    <message>
      <source>Caption in {language}</source>
      <translation>{language}字幕</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui ScriptEditorTexts -->
    <name>ScriptEditorTexts</name>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Picture with fact card</source>
      <translation>图片与资料卡</translation>
    </message>
    <message>
      <source>Live restoration</source>
      <translation>现场修复</translation>
    </message>
    <message>
      <source>Live recognition</source>
      <translation>现场识别</translation>
    </message>
    <message>
      <source>Live teach by example</source>
      <translation>现场示例教学</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>并排对比</translation>
    </message>
    <message>
      <source>Closing with QR code</source>
      <translation>结尾与二维码</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui PresentationPage -->
    <name>PresentationPage</name>
    <message>
      <source>Getting the demo ready…</source>
      <translation>正在准备演示…</translation>
    </message>
    <message>
      <source>Building the demo pack from the app's renders (about ten seconds)…</source>
      <translation>正在用应用的渲染图制作演示包（约十秒）…</translation>
    </message>
    <message>
      <source>Installing the demo pack…</source>
      <translation>正在安装演示包…</translation>
    </message>
    <message>
      <source>The show is open: → next, ← back, B black screen, P notes, Esc ends it.</source>
      <translation>演示已打开：→ 下一步，← 上一步，B 黑屏，P 备注，Esc 结束。</translation>
    </message>
    <message>
      <source>The show has ended.</source>
      <translation>演示已结束。</translation>
    </message>
    <message>
      <source>▶ Present the Gyeongju demo</source>
      <translation>▶ 开始庆州演示</translation>
    </message>
    <message>
      <source>Packs…</source>
      <translation>演示包…</translation>
    </message>
    <message>
      <source>Script editor…</source>
      <translation>脚本编辑器…</translation>
    </message>
    <message>
      <source>Rehearsing the live steps so the show never stalls…</source>
      <translation>正在排练现场步骤，确保演示不会卡住…</translation>
    </message>
  </context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Where this collection is tagged</source>
        <translation>此藏品的标注位置</translation>
    </message>
    <message>
        <source>Tagging runs on this computer unless the collection names a Dask cluster. The workers must have the app installed and see the pictures at the same paths. The address is kept in the catalogue.</source>
        <translation>除非藏品指定了 Dask 集群，否则标注在本计算机上运行。各工作节点必须安装本应用，并能以相同路径访问图片。地址保存在目录中。</translation>
    </message>
    <message>
        <source>Dask scheduler</source>
        <translation>Dask 调度器</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Use this cluster</source>
        <translation>使用此集群</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>使用本计算机</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type the scheduler's address first, for example tcp://192.168.0.10:8786.</source>
        <translation>请先输入调度器地址，例如 tcp://192.168.0.10:8786。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Reached {0}.</source>
        <translation>已连接到{0}。</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Content Credentials</source>
        <translation>内容凭证</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Open an image to see its Content Credentials.</source>
        <translation>打开图像即可查看其内容凭证。</translation>
    </message>
    <message>
        <source>No Content Credentials: this image does not say where it came from.</source>
        <translation>没有内容凭证：此图像未说明其来源。</translation>
    </message>
    <message>
        <source>⚠ The Content Credentials do not match: changed after signing.</source>
        <translation>⚠ 内容凭证不匹配：签名后已被更改。</translation>
    </message>
    <message>
        <source>✓ Signed by {signer} — a trusted institution.</source>
        <translation>✓ 由 {signer} 签名——受信任的机构。</translation>
    </message>
    <message>
        <source>Signed by {signer} — not in your trusted institutions.</source>
        <translation>由 {signer} 签名——不在您信任的机构列表中。</translation>
    </message>
    <message>
        <source>Made with {software}</source>
        <translation>使用 {software} 制作</translation>
    </message>
    <message>
        <source>AI models: {names}</source>
        <translation>AI 模型：{names}</translation>
    </message>
    <message>
        <source>The pixels are not the ones that were signed.</source>
        <translation>像素与签名时不一致。</translation>
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
        <translation>本馆</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Create identity</source>
        <translation>创建签名身份</translation>
    </message>
    <message>
        <source>Visible “AI-restored” label on exported images</source>
        <translation>在导出的图像上显示“AI 修复”标签</translation>
    </message>
    <message>
        <source>No signing identity: restored images are saved unsigned.</source>
        <translation>没有签名身份：修复的图像将不加签名保存。</translation>
    </message>
    <message>
        <source>AI outputs are signed by {name} (certificate valid until {date}).</source>
        <translation>AI 输出由 {name} 签名（证书有效期至 {date}）。</translation>
    </message>
</context>
</TS>