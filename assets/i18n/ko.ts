<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../app/ui/dialogs.py" line="41" />
      <source>About Gyeongju Heritage AI</source>
      <translation>경주 문화유산 AI 정보</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="65" />
      <source>Local AI that restores and recognises heritage images. Nothing leaves this computer.</source>
      <translation>문화유산 이미지를 복원하고 알아보는 로컬 AI입니다. 어떤 데이터도 이 컴퓨터 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="66" />
      <source>Models</source>
      <translation>모델</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="67" />
      <source>version</source>
      <translation>버전</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="67" />
      <source>licence</source>
      <translation>라이선스</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="67" />
      <source>origin</source>
      <translation>출처</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="68" />
      <source>Third-party software</source>
      <translation>외부 소프트웨어</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="69" />
      <source>Heritage images in this app are illustrative computer renderings, not photographs.</source>
      <translation>이 앱의 문화유산 이미지는 사진이 아니라 컴퓨터로 그린 설명용 재현 이미지입니다.</translation>
    </message>
  </context>
  <context>
    <name>Bootstrap</name>
    <message>
      <location filename="../../app/ui/bootstrap.py" line="39" />
      <source>Something went wrong</source>
      <translation>문제가 발생했습니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/bootstrap.py" line="41" />
      <source>Something unexpected happened, but your images are safe and the application keeps running. The details were written to the log.</source>
      <translation>예기치 않은 문제가 발생했지만 이미지는 안전하며 프로그램은 계속 실행됩니다. 자세한 내용은 로그에 기록되었습니다.</translation>
    </message>
  </context>
  <context>
    <name>ExhibitionPage</name>
    <message>
      <location filename="../../app/ui/exhibition/page.py" line="17" />
      <source>◀ Home</source>
      <translation>◀ 처음으로</translation>
    </message>
    <message>
      <location filename="../../app/ui/exhibition/page.py" line="18" />
      <source>Exhibition — touch a treasure to discover it</source>
      <translation>전시 — 유물을 눌러 알아보세요</translation>
    </message>
  </context>
  <context>
    <name>HintPalette</name>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="100" />
      <source>Dancheong green</source>
      <translation>단청 녹색</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="101" />
      <source>Dancheong red</source>
      <translation>단청 붉은색</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="102" />
      <source>Sky blue</source>
      <translation>하늘색</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="103" />
      <source>Foliage green</source>
      <translation>나뭇잎 초록</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="104" />
      <source>Skin</source>
      <translation>피부색</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="105" />
      <source>Wood brown</source>
      <translation>나무 갈색</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="106" />
      <source>Stone grey</source>
      <translation>돌 회색</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="107" />
      <source>Gold</source>
      <translation>금색</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="114" />
      <source>Other colour…</source>
      <translation>다른 색…</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="115" />
      <source>Choose any colour from the colour dialog</source>
      <translation>색상 대화상자에서 원하는 색을 고릅니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="116" />
      <source>Pick from photo</source>
      <translation>사진에서 색 고르기</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="118" />
      <source>Click a point of the photo to paint with its colour (taken from the clean original when there is one)</source>
      <translation>사진의 한 지점을 클릭하면 그 색으로 칠합니다(깨끗한 원본이 있으면 원본의 색을 가져옵니다)</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/hint_palette.py" line="136" />
      <source>Colour for the hints</source>
      <translation>힌트 색</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="119" />
      <location filename="../../app/ui/main_window.py" line="192" />
      <source>Gyeongju Heritage AI</source>
      <translation>경주 문화유산 AI</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="120" />
      <source>&amp;File</source>
      <translation>파일(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="121" />
      <source>&amp;Open image…</source>
      <translation>이미지 열기(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="122" />
      <source>&amp;Settings…</source>
      <translation>설정(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="123" />
      <source>&amp;Quit</source>
      <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="124" />
      <source>&amp;Go</source>
      <translation>이동(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="126" />
      <source>Start screen</source>
      <translation>시작 화면</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="127" />
      <source>Studio</source>
      <translation>스튜디오</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="128" />
      <source>Exhibition</source>
      <translation>전시</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="129" />
      <source>Presentation</source>
      <translation>발표</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="133" />
      <source>&amp;Language</source>
      <translation>언어(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="134" />
      <source>&amp;Help</source>
      <translation>도움말(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="135" />
      <source>&amp;About</source>
      <translation>정보(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="156" />
      <source>Open image</source>
      <translation>이미지 열기</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="185" />
      <source>Your settings could not be saved ({0}).</source>
      <translation>설정을 저장하지 못했습니다({0}).</translation>
    </message>
  </context>
  <context>
    <name>PresentationPage</name>
    <message>
      <location filename="../../app/ui/presentation/page.py" line="17" />
      <source>◀ Home</source>
      <translation>◀ 처음으로</translation>
    </message>
    <message>
      <location filename="../../app/ui/presentation/page.py" line="18" />
      <source>Presentation — Gyeongju heritage × AI</source>
      <translation>발표 — 경주 문화유산 × AI</translation>
    </message>
  </context>
  <context>
    <name>RecognisePanel</name>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="83" />
      <source>Model</source>
      <translation>모델</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="84" />
      <source>Recognise this image</source>
      <translation>이 이미지 알아보기</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="85" />
      <source>Show why (heat-map)</source>
      <translation>판단 근거 보기 (히트맵)</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="86" />
      <source>Tag a whole folder…</source>
      <translation>폴더 전체 태깅…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="87" />
      <source>Teach a new model from examples…</source>
      <translation>예시로 새 모델 가르치기…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="139" />
      <source>Choose a folder of photos</source>
      <translation>사진 폴더 선택</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="167" />
      <source>{0} — unknown</source>
      <translation>{0} — 알 수 없음</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="174" />
      <source>{0} — {1} ({2} %)</source>
      <translation>{0} — {1} ({2}%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="176" />
      <source>{0} — perhaps {1} ({2} %)</source>
      <translation>{0} — 아마도 {1} ({2}%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="175" />
      <source>Tagged {0} photos; skipped {1} that could not be read.</source>
      <translation>사진 {0}장을 태깅했고, 읽을 수 없는 {1}개는 건너뛰었습니다.</translation>
    </message>
  </context>
  <context>
    <name>RestoreController</name>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="121" />
      <source>Choose a colour photo of a similar scene</source>
      <translation>비슷한 장면의 컬러 사진 선택</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="136" />
      <source>There are no colour hints to follow yet. Tick “Paint colour hints”, choose a colour and brush a little of it inside each area that should take it, then colourise again.</source>
      <translation>아직 따를 색 힌트가 없습니다. “색 힌트 칠하기”를 선택하고 색을 고른 뒤, 그 색이 들어가야 할 각 영역 안에 조금씩 칠하고 다시 색을 입혀 주세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="141" />
      <source>colourised from painted hints in {0} colour(s)</source>
      <translation>칠한 색 힌트({0}가지 색)로 색을 입혔습니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="172" />
      <source>The photo is grey there, so the picked colour is a grey: it keeps an area neutral.</source>
      <translation>그 지점의 사진이 회색이라 고른 색도 회색입니다. 회색 힌트는 그 영역을 무채색으로 유지합니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="174" />
      <source>Picked the colour of the clean original at that point.</source>
      <translation>그 지점에서 깨끗한 원본의 색을 골랐습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="176" />
      <source>Picked the colour of the photo at that point.</source>
      <translation>그 지점에서 사진의 색을 골랐습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="187" />
      <source>Proposed a repair mask over {0:.2f} % of the image; edit it, then repair.</source>
      <translation>이미지의 {0:.2f}%에 복원 마스크를 제안했습니다. 다듬은 뒤 복원하세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="213" />
      <source>Save restored image</source>
      <translation>복원한 이미지 저장</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="226" />
      <source>Saved {0} with its provenance record {1}.</source>
      <translation>{0}을(를) 처리 기록 {1}과 함께 저장했습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="251" />
      <source>Against the clean original: aged {0:.2f} dB / SSIM {1:.3f}</source>
      <translation>깨끗한 원본 대비: 손상본 {0:.2f} dB / SSIM {1:.3f}</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_controller.py" line="253" />
      <source> → restored {0:.2f} dB / SSIM {1:.3f}</source>
      <translation> → 복원본 {0:.2f} dB / SSIM {1:.3f}</translation>
    </message>
  </context>
  <context>
    <name>RestorePanel</name>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>AI inpainting (best for larger holes)</source>
      <translation>AI 인페인팅 (큰 구멍에 적합)</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>Telea, fast (fine scratches)</source>
      <translation>Telea, 빠름 (가는 긁힘)</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>Navier–Stokes, fast</source>
      <translation>나비에–스토크스, 빠름</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>Frequency-selective, slow (texture)</source>
      <translation>주파수 선택 복원, 느림 (질감)</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="163" />
      <source>Restore old photo (one click)</source>
      <translation>옛 사진 복원 (원클릭)</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="164" />
      <source>Remove noise</source>
      <translation>잡음 제거</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="165" />
      <source>Colourise from a reference photo…</source>
      <translation>참고 사진으로 색 입히기…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="166" />
      <source>Enlarge ×2</source>
      <translation>2배 확대</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="167" />
      <source>Enlarge ×4</source>
      <translation>4배 확대</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="168" />
      <source>Repair scratches and holes</source>
      <translation>긁힘·구멍 복원</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="169" />
      <source>Paint the areas to repair</source>
      <translation>복원할 부분 칠하기</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="170" />
      <source>Colour a black-and-white photo</source>
      <translation>흑백 사진에 색 입히기</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="172" />
      <source>Borrow the colours of a colour photo of a similar scene, matched region by region</source>
      <translation>비슷한 장면의 컬러 사진에서 영역별로 맞춰 색을 가져옵니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="174" />
      <source>Paint colour hints</source>
      <translation>색 힌트 칠하기</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="176" />
      <source>Brush a little of the right colour inside each area; the colour spreads up to its edges</source>
      <translation>각 영역 안에 알맞은 색을 조금씩 칠하세요. 색이 그 영역의 경계까지 퍼집니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="178" />
      <source>Colourise from hints</source>
      <translation>힌트로 색 입히기</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="180" />
      <source>Spread the painted colours over the photo; its brightness and detail stay as they are</source>
      <translation>칠한 색을 사진 전체에 퍼뜨립니다. 밝기와 세부 묘사는 그대로 유지됩니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="182" />
      <source>Brush</source>
      <translation>붓</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="183" />
      <source>Eraser</source>
      <translation>지우개</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="184" />
      <source>Brush size</source>
      <translation>붓 크기</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="185" />
      <source>Undo stroke</source>
      <translation>획 취소</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="186" />
      <source>Redo stroke</source>
      <translation>획 다시</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="187" />
      <source>Clear</source>
      <translation>모두 지우기</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="189" />
      <source>Remove every stroke of what you are painting now: repair areas or colour hints</source>
      <translation>지금 칠하고 있는 것(복원할 부분 또는 색 힌트)의 획을 모두 지웁니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="191" />
      <source>Find damage automatically</source>
      <translation>손상 자동 찾기</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="192" />
      <source>Method</source>
      <translation>방법</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="193" />
      <source>Repair painted areas</source>
      <translation>칠한 부분 복원</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="194" />
      <source>Compare</source>
      <translation>비교</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="198" />
      <source>Before | after split</source>
      <translation>전 | 후 나누어 보기</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="199" />
      <source>Side by side</source>
      <translation>나란히 보기</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="200" />
      <source>Difference</source>
      <translation>차이</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="203" />
      <source>Undo last step</source>
      <translation>마지막 단계 취소</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="204" />
      <source>Save as a new file…</source>
      <translation>새 파일로 저장…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="1" />
      <source>Also repair damage it finds</source>
      <translation>찾아낸 손상도 함께 복구</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_panel.py" line="1" />
      <source>Shows the scratches and dust it would repair, marked in red, so you can repair, edit or skip them before anything changes</source>
      <translation>복구할 긁힘과 먼지를 빨간색으로 표시해 보여 줍니다. 사진이 바뀌기 전에 복구할지, 마스크를 고칠지, 건너뛸지 고를 수 있습니다</translation>
    </message>
  </context>
  <context>
    <name>ResultCard</name>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="90" />
      <source>Most likely {0} ({1} %)</source>
      <translation>{0}일 가능성이 가장 높습니다 ({1}%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="90" />
      <source>Perhaps {0} ({1} %)</source>
      <translation>아마도 {0}일 수 있습니다 ({1}%)</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="1" />
      <source>Unknown — the model is not sure this is a heritage subject it knows.</source>
      <translation>알 수 없음 — 모델이 아는 문화유산인지 확신하지 못합니다.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../app/ui/dialogs.py" line="84" />
      <source>Settings</source>
      <translation>설정</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="96" />
      <source>one per core</source>
      <translation>코어당 하나</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="107" />
      <source>Language</source>
      <translation>언어</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="108" />
      <source>Compute device</source>
      <translation>연산 장치</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="109" />
      <source>CPU threads</source>
      <translation>CPU 스레드</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="110" />
      <source>Largest image accepted</source>
      <translation>허용하는 최대 이미지</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="111" />
      <source>Kiosk returns home after</source>
      <translation>키오스크가 처음 화면으로 돌아가는 시간</translation>
    </message>
    <message>
      <location filename="../../app/ui/dialogs.py" line="112" />
      <source>Device and thread changes apply the next time the application starts.</source>
      <translation>장치와 스레드 변경은 프로그램을 다시 시작하면 적용됩니다.</translation>
    </message>
  </context>
  <context>
    <name>StartScreen</name>
    <message>
      <location filename="../../app/ui/start_screen.py" line="75" />
      <source>Restore and recognise the treasures of the Silla capital with AI that runs on this computer.</source>
      <translation>이 컴퓨터에서 실행되는 AI로 신라 천년 왕경의 보물을 복원하고 알아봅니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="78" />
      <source>Studio</source>
      <translation>스튜디오</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="78" />
      <source>For curators: tag, restore and export collections</source>
      <translation>학예사용: 소장품 태깅, 복원, 내보내기</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="81" />
      <source>Exhibition</source>
      <translation>전시</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="81" />
      <source>For visitors: touch a treasure and discover it</source>
      <translation>관람객용: 유물을 눌러 알아보기</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="84" />
      <source>Presentation</source>
      <translation>발표</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="84" />
      <source>For delegations: a guided demonstration</source>
      <translation>대표단용: 안내형 시연</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="86" />
      <source>Gyeongju heritage samples (illustrative renderings)</source>
      <translation>경주 문화유산 샘플 (설명용 재현 이미지)</translation>
    </message>
    <message>
      <location filename="../../app/ui/start_screen.py" line="88" />
      <source>APEC AI Initiative 2026–2030 · innovation, inclusion, trust, cooperation · runs fully offline</source>
      <translation>APEC AI 이니셔티브 2026–2030 · 혁신, 포용, 신뢰, 협력 · 완전 오프라인 실행</translation>
    </message>
  </context>
  <context>
    <name>StudioPage</name>
    <message>
      <location filename="../../app/ui/studio/page.py" line="137" />
      <source>◀ Home</source>
      <translation>◀ 처음으로</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="138" />
      <source>Studio</source>
      <translation>스튜디오</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="139" />
      <source>Fit</source>
      <translation>화면에 맞춤</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="140" />
      <source>100%</source>
      <translation>100%</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="141" />
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="142" />
      <source>Recognise</source>
      <translation>알아보기</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="143" />
      <source>Restore</source>
      <translation>복원</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="145" />
      <source>Open an image with File ▸ Open image… or choose an aged sample below to try restoration.</source>
      <translation>파일 ▸ 이미지 열기…로 이미지를 열거나, 아래의 손상된 샘플을 골라 복원해 보세요.</translation>
    </message>
    <message>
      <source>Open an image with File ▸ Open image… or choose a sample on the start screen.</source>
      <translation>파일 ▸ 이미지 열기…로 이미지를 열거나 시작 화면에서 샘플을 고르세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="202" />
      <source>{name} — {w} × {h} px, {fmt}</source>
      <translation>{name} — {w} × {h} 픽셀, {fmt}</translation>
    </message>
  </context>
  <context>
    <name>TeachDialog</name>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="37" />
      <source>Teach a new model</source>
      <translation>새 모델 가르치기</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="42" />
      <source>A folder with one sub-folder of photos per label</source>
      <translation>라벨마다 사진 하위 폴더가 하나씩 있는 폴더</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="43" />
      <source>Choose…</source>
      <translation>선택…</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="51" />
      <source>Examples</source>
      <translation>예시</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="52" />
      <source>Model name</source>
      <translation>모델 이름</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="61" />
      <source>Train</source>
      <translation>학습</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="63" />
      <source>Cancel training</source>
      <translation>학습 취소</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="82" />
      <source>Choose the examples folder</source>
      <translation>예시 폴더 선택</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="93" />
      <source>Choose the examples folder and give the model a name first.</source>
      <translation>먼저 예시 폴더를 고르고 모델 이름을 정하세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="102" />
      <source>Training was cancelled.</source>
      <translation>학습이 취소되었습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="118" />
      <source>“{0}” is ready: cross-validated accuracy {1:.1f} % ({2} folds, top-3 {3:.1f} %); baselines on the same photos: {4}.</source>
      <translation>“{0}” 준비 완료: 교차 검증 정확도 {1:.1f}% ({2}겹, 상위 3개 {3:.1f}%); 같은 사진에서의 기준 모델: {4}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="123" />
      <source>Skipped {0} files that could not be read.</source>
      <translation>읽을 수 없는 파일 {0}개를 건너뛰었습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="125" />
      <source>Trained in {0:.1f} s.</source>
      <translation>{0:.1f}초 만에 학습했습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/teach_dialog.py" line="124" />
      <source>With {0} more photos per label, expect about {1:.0f} % (now about {2:.0f} %). This is an estimate from a curve fitted to cross-validated accuracies.</source>
      <translation>라벨마다 사진을 {0}장 더 넣으면 약 {1:.0f}%를 기대할 수 있습니다 (지금은 약 {2:.0f}%). 교차 검증 정확도에 맞춘 곡선으로 낸 추정치입니다.</translation>
    </message>
  </context>
  <context>
    <name>StepStatus</name>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>repair</source>
      <translation>손상 복구</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>noise removal</source>
      <translation>잡음 제거</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>colour correction</source>
      <translation>색 보정</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>AI inpainting</source>
      <translation>AI 인페인팅</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Filled {0:.2f} % of the image ({1}).</source>
      <translation>이미지의 {0:.2f} %를 채웠습니다 ({1}).</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>The noise (σ ≈ {0:.1f}) is too faint to remove; nothing changed.</source>
      <translation>잡음(σ ≈ {0:.1f})이 너무 약해 제거하지 않았습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Removed noise at σ = {0:.1f}.</source>
      <translation>σ = {0:.1f}로 잡음을 제거했습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Enlarged ×{0} to {1} × {2} px.</source>
      <translation>×{0} 확대했습니다: {1} × {2} px.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>The photo needed no changes.</source>
      <translation>이 사진은 고칠 곳이 없었습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Restored: {0}.</source>
      <translation>복원 완료: {0}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/step_status.py" line="1" />
      <source>Colourised from the reference photo.</source>
      <translation>참고 사진을 바탕으로 색을 입혔습니다.</translation>
    </message>
  </context>
  <context>
    <name>RepairReviewBox</name>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Check the proposed repair</source>
      <translation>제안된 복구 영역 확인</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Repair and restore</source>
      <translation>복구한 뒤 복원</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Edit the mask with the brush</source>
      <translation>브러시로 마스크 고치기</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Restore without repairing</source>
      <translation>복구 없이 복원</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Marked in red is what the detector would repair ({0}). Nothing changes until you choose.</source>
      <translation>빨간색으로 표시된 곳이 검출기가 복구하려는 영역입니다({0}). 선택하기 전에는 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>The detector found no scratches or dust specks. Paint any damage with the brush, or restore without repairing.</source>
      <translation>검출기가 긁힘이나 먼지 자국을 찾지 못했습니다. 손상된 곳을 브러시로 칠하거나, 복구 없이 복원하세요.</translation>
    </message>
  </context>
  <context>
    <name>RepairReview</name>
    <message>
      <location filename="../../app/ui/studio/repair_review.py" line="1" />
      <source>Review the proposed repair (in red), then choose what to do.</source>
      <translation>제안된 복구 영역(빨간색)을 확인한 뒤 어떻게 할지 고르세요.</translation>
    </message>
  </context>
  <context>
    <name>Reasons</name>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>A reason this version of the app cannot yet put into words ({0}).</source>
      <translation>이 버전의 앱이 아직 문장으로 설명하지 못하는 이유입니다({0}).</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Its best answer is “none of the heritage subjects it knows”.</source>
      <translation>가장 유력한 답이 ‘아는 문화유산 중 어느 것도 아님’입니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>It looks like an everyday thing (an animal, a vehicle, food…) rather than heritage.</source>
      <translation>문화유산보다는 일상적인 사물(동물, 탈것, 음식 등)처럼 보입니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>None of its answers is confident enough to trust.</source>
      <translation>믿을 만큼 확신하는 답이 하나도 없습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>The photo is unlike every example the model was taught.</source>
      <translation>이 사진은 모델이 배운 어떤 예시와도 닮지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Noisy: grain or sensor noise is visible.</source>
      <translation>잡음: 입자나 센서 잡음이 눈에 띕니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Blurred: the fine detail is soft.</source>
      <translation>흐림: 세부가 또렷하지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Faded: the tones no longer reach deep black and clean white.</source>
      <translation>바램: 어두운 곳은 짙은 검정까지, 밝은 곳은 깨끗한 흰색까지 이르지 못합니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Colour cast: the whole photo is tinted.</source>
      <translation>색 틀어짐: 사진 전체에 한 가지 색이 끼어 있습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Black-and-white or toned: its tone is kept as it is.</source>
      <translation>흑백 또는 단색 톤 사진: 원래 톤을 그대로 둡니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Scratches or dust specks were found.</source>
      <translation>긁힘이나 먼지 자국이 발견되었습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Repair of scratches and dust was not switched on.</source>
      <translation>긁힘·먼지 복구는 켜져 있지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Too little damage was found to be worth repairing.</source>
      <translation>복구할 만큼의 손상이 발견되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Repaired the scratches and dust specks the detector found.</source>
      <translation>검출기가 찾은 긁힘과 먼지 자국을 복구했습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Repaired the areas of the mask you reviewed.</source>
      <translation>확인하신 마스크 영역을 복구했습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>The reviewed mask was empty, so nothing was repaired.</source>
      <translation>확인한 마스크가 비어 있어 아무것도 복구하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Noise removal was not switched on.</source>
      <translation>잡음 제거는 켜져 있지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>The noise is too faint to be worth removing.</source>
      <translation>잡음이 너무 약해 제거할 필요가 없었습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Removed the noise at the level it measured.</source>
      <translation>측정한 수준에 맞춰 잡음을 제거했습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Removed the noise at the level given.</source>
      <translation>지정된 수준에 맞춰 잡음을 제거했습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Colour correction was not switched on.</source>
      <translation>색 보정은 켜져 있지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>No fading or colour cast was measured, so the colours were left as they are.</source>
      <translation>바램이나 색 틀어짐이 측정되지 않아 색은 그대로 두었습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Stretched the faded tones back to full contrast.</source>
      <translation>바랜 톤을 넓혀 명암 대비를 되살렸습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Removed the colour cast.</source>
      <translation>색 틀어짐을 없앴습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Kept the photo's black-and-white or sepia tone.</source>
      <translation>사진의 흑백 또는 세피아 톤은 그대로 두었습니다.</translation>
    </message>
  </context>
  <context>
    <name>RestoreReport</name>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>scratches or hairs: {0}; dust specks: {1}; {2:.2f} % of the image</source>
      <translation>긁힘·머리카락 {0}개, 먼지 자국 {1}개, 이미지의 {2:.2f} %</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Scratches or hairs: {0}; dust specks: {1} ({2:.2f} % of the image).</source>
      <translation>긁힘·머리카락 {0}개, 먼지 자국 {1}개(이미지의 {2:.2f} %).</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>The damage it found ({0}): you chose to restore without repairing it.</source>
      <translation>찾아낸 손상({0}): 복구 없이 복원하기로 하셨습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>The damage it found ({0}): tick “Also repair damage it finds” to review and repair it.</source>
      <translation>찾아낸 손상({0}): 확인하고 복구하려면 ‘찾아낸 손상도 함께 복구’를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Marks it proposed that you took out of the mask: {0}.</source>
      <translation>제안했지만 마스크에서 빼신 표시: {0}개.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Marks the detector was not sure of: {0} (neither thin scratches nor dust specks; perhaps a stain, a tear or part of the picture).</source>
      <translation>검출기가 확신하지 못한 표시: {0}개(가는 긁힘도 먼지 자국도 아니며, 얼룩이나 찢김 또는 그림의 일부일 수 있습니다).</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Textured areas ({0:.1f} % of the image), where damage cannot be told from detail.</source>
      <translation>질감이 많은 영역(이미지의 {0:.1f} %): 여기서는 손상과 세부를 구별할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Stains, tears and cracks: this check looks only for scratches and dust; paint them with the brush and repair them.</source>
      <translation>얼룩·찢김·균열: 이 검사는 긁힘과 먼지만 찾습니다. 브러시로 칠한 뒤 복구하세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Blur: no step sharpens a photo yet.</source>
      <translation>흐림: 아직 사진을 선명하게 하는 단계는 없습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Found:</source>
      <translation>발견한 것:</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Nothing wrong was measured.</source>
      <translation>측정된 문제가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Steps:</source>
      <translation>처리 단계:</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/restore_report.py" line="1" />
      <source>Left alone:</source>
      <translation>손대지 않은 것:</translation>
    </message>
  </context>
</TS>