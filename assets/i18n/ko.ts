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
    <message>
      <location filename="../../app/ui/main_window.py" line="145" />
      <source>Reference photos</source>
      <translation>참조 사진</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="137" />
      <source>Open &amp;catalogue…</source>
      <translation>카탈로그 열기(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="144" />
      <source>Collection</source>
      <translation>컬렉션</translation>
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
    <message>
      <location filename="../../app/ui/studio/recognise_panel.py" line="93" />
      <source>Reference photos that name sites…</source>
      <translation>유적 이름을 알려 주는 참조 사진…</translation>
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
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="164" />
      <source>{0} — matched reference photo {1}, score {2}</source>
      <translation>{0} — 일치한 참조 사진: {1}, 점수 {2}</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="177" />
      <source>Add reference photos to recognise this site.</source>
      <translation>이 유적을 알아보려면 참조 사진을 추가하세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="178" />
      <source>Reference photos…</source>
      <translation>참조 사진…</translation>
    </message>
    <message>
      <location filename="../../app/ui/widgets/result_card.py" line="181" />
      <source>I am not sure which site this is.</source>
      <translation>어느 유적인지는 확실하지 않습니다.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
        <source>Draw a small “AI-restored” label on images the AI changed</source>
        <translation>AI가 바꾼 이미지에 작은 ‘AI 복원’ 표시 넣기</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>콘텐츠 자격 증명(C2PA)</translation>
    </message>
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
    <message>
      <location filename="../../app/ui/studio/page.py" line="160" />
      <source>Collection ▸</source>
      <translation>컬렉션 ▸</translation>
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
      <source>Repaired the scratches and dust specks the detector was sure of.</source>
      <translation>검출기가 확신한 긁힘과 먼지 자국을 복구했습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reasons.py" line="1" />
      <source>Scratches and dust were not repaired: the damage detector&apos;s model files are missing.</source>
      <translation>긁힘과 먼지를 복구하지 않았습니다. 손상 검출 모델 파일이 없습니다.</translation>
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
      <source>Removed the noise only in part: it was light or partly fine detail; the photo stays close to the original.</source>
      <translation>잡음을 일부만 제거했습니다. 잡음이 약하거나 일부는 섬세한 질감일 수 있어 사진을 원본에 가깝게 두었습니다.</translation>
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
      <source>Possible damage it was not sure enough of to repair on its own: {0} places ({1:.2f} % of the image). Tick “Also repair damage it finds” to review it.</source>
      <translation>스스로 복구할 만큼 확신하지 못한 손상 후보: {0}곳(이미지의 {1:.2f}%). 검토하려면 “찾아낸 손상도 함께 복구”를 선택하세요.</translation>
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
  <context>
    <name>CataloguePickDialog</name>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="39" />
      <source>Add photos from the catalogue</source>
      <translation>카탈로그에서 사진 추가</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="43" />
      <source>Choose catalogue…</source>
      <translation>카탈로그 고르기…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="46" />
      <source>Words in titles, descriptions or tags</source>
      <translation>제목·설명·태그에 든 낱말</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="48" />
      <source>Search</source>
      <translation>검색</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="51" />
      <source>Tick all</source>
      <translation>모두 선택</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="56" />
      <source>Add the ticked photos</source>
      <translation>선택한 사진 추가</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="57" />
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="77" />
      <source>Open a catalogue</source>
      <translation>카탈로그 열기</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="84" />
      <source>No catalogue is open.</source>
      <translation>열린 카탈로그가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="114" />
      <source>Showing the first {0} of {1} items; add words to narrow the search.</source>
      <translation>항목 {1}개 중 처음 {0}개를 보여 줍니다. 낱말을 더해 검색 범위를 좁히세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="119" />
      <source>No items match.</source>
      <translation>일치하는 항목이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/catalogue_dialog.py" line="121" />
      <source>{0} items.</source>
      <translation>항목 {0}개.</translation>
    </message>
  </context>
  <context>
    <name>NewSubjectDialog</name>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="37" />
      <source>New subject</source>
      <translation>새 대상</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="48" />
      <source>Choose photos…</source>
      <translation>사진 고르기…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="53" />
      <source>Lower-case letters (a–z), digits, “_” or “-”; it names a folder.</source>
      <translation>소문자(a–z), 숫자, “_”, “-”만 씁니다. 폴더 이름이 됩니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="56" />
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="58" />
      <source>English name</source>
      <translation>영어 이름</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="59" />
      <source>Korean name</source>
      <translation>한국어 이름</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="60" />
      <source>Type</source>
      <translation>유형</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="61" />
      <source>Photos</source>
      <translation>사진</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="64" />
      <source>Create</source>
      <translation>만들기</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="65" />
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/new_subject_dialog.py" line="75" />
      <source>Choose reference photos</source>
      <translation>참조 사진 고르기</translation>
    </message>
  </context>
  <context>
    <name>ReferencesPage</name>
    <message>
      <location filename="../../app/ui/references/page.py" line="165" />
      <source>◀ Home</source>
      <translation>◀ 처음으로</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="166" />
      <source>Reference photos</source>
      <translation>참조 사진</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="168" />
      <source>Reference photos let the Studio say which site a photo shows. Add a few photos of each site, taken from different sides and in different light; they are used at once, without retraining.</source>
      <translation>참조 사진이 있으면 스튜디오가 사진 속 유적이 어디인지 말할 수 있습니다. 유적마다 여러 방향과 여러 빛에서 찍은 사진을 몇 장 추가하세요. 다시 학습하지 않아도 바로 쓰입니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="173" />
      <source>New subject…</source>
      <translation>새 대상…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="174" />
      <source>Add photos…</source>
      <translation>사진 추가…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="175" />
      <source>Add from catalogue…</source>
      <translation>카탈로그에서 추가…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="176" />
      <source>Remove photo…</source>
      <translation>사진 삭제…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="177" />
      <source>Remove subject…</source>
      <translation>대상 삭제…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="178" />
      <source>Credit for the photos you add next (optional)</source>
      <translation>다음에 추가할 사진의 출처(선택)</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="179" />
      <source>Licence (optional)</source>
      <translation>라이선스(선택)</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="181" />
      <source>No reference photos yet. Add three to ten photos of this site, each showing it well.</source>
      <translation>아직 참조 사진이 없습니다. 이 유적이 잘 보이는 사진을 3~10장 추가하세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="253" />
      <source>Choose reference photos</source>
      <translation>참조 사진 고르기</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="305" />
      <source>Reading the photos and learning what they show…</source>
      <translation>사진을 읽고 무엇이 담겼는지 익히는 중…</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="326" />
      <source>Added 1 photo to {0}.</source>
      <translation>{0}에 사진 1장을 추가했습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="328" />
      <source>Added {0} photos to {1}.</source>
      <translation>{1}에 사진 {0}장을 추가했습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="330" />
      <source>{0} were already among its reference photos.</source>
      <translation>{0}장은 이미 참조 사진에 있었습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="345" />
      <source>Remove the reference photo {0}? The original file is kept.</source>
      <translation>참조 사진 {0}을(를) 삭제할까요? 원본 파일은 그대로 둡니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="356" />
      <source>The photo was removed; the original file is kept.</source>
      <translation>사진을 삭제했습니다. 원본 파일은 그대로 있습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="365" />
      <source>Remove all {0} reference photos of {1}? The original files are kept.</source>
      <translation>{1}의 참조 사진 {0}장을 모두 삭제할까요? 원본 파일은 그대로 둡니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="367" />
      <source>Remove the subject {1} and its {0} reference photos? The original files are kept.</source>
      <translation>대상 {1}과(와) 참조 사진 {0}장을 삭제할까요? 원본 파일은 그대로 둡니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/page.py" line="378" />
      <source>Removed; the original files are kept.</source>
      <translation>삭제했습니다. 원본 파일은 그대로 있습니다.</translation>
    </message>
  </context>
  <context>
    <name>PhotoList</name>
    <message>
      <location filename="../../app/ui/references/photo_list.py" line="57" />
      <source>Added by {0} on {1}</source>
      <translation>{0} 님이 {1}에 추가</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/photo_list.py" line="58" />
      <source>{0} × {1} px</source>
      <translation>{0} × {1} 픽셀</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/photo_list.py" line="61" />
      <source>Credit: {0}</source>
      <translation>출처: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/photo_list.py" line="63" />
      <source>Licence: {0}</source>
      <translation>라이선스: {0}</translation>
    </message>
  </context>
  <context>
    <name>SubjectList</name>
    <message>
      <location filename="../../app/ui/references/subject_list.py" line="51" />
      <source>no reference photos yet</source>
      <translation>아직 참조 사진이 없습니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/subject_list.py" line="53" />
      <source>1 reference photo</source>
      <translation>참조 사진 1장</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/subject_list.py" line="55" />
      <source>{0} reference photos</source>
      <translation>참조 사진 {0}장</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/subject_list.py" line="57" />
      <source>the museum's own</source>
      <translation>박물관이 추가한 대상</translation>
    </message>
  </context>
  <context>
    <name>ReferenceTexts</name>
    <message>
      <location filename="../../app/ui/references/texts.py" line="27" />
      <source>“{0}” cannot be a subject id: use 1–{1} lower-case letters (a–z), digits, “_” or “-”, starting with a letter or digit.</source>
      <translation>“{0}”은(는) 대상 ID로 쓸 수 없습니다. 소문자(a–z), 숫자, “_”, “-”로 1–{1}자를 쓰고, 영문자나 숫자로 시작하세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="31" />
      <source>“{0}” is already one of the sites in the list; choose it there and add photos.</source>
      <translation>“{0}”은(는) 이미 목록에 있는 유적입니다. 목록에서 골라 사진을 추가하세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="34" />
      <source>There is already a subject “{0}”; choose it in the list and add photos to it.</source>
      <translation>“{0}” 대상이 이미 있습니다. 목록에서 골라 사진을 추가하세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="35" />
      <source>Give the new subject an English name.</source>
      <translation>새 대상의 영어 이름을 입력하세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="37" />
      <source>This subject cannot be created.</source>
      <translation>이 대상은 만들 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="41" />
      <source>“{0}” could not be read as a photo, so nothing was added.</source>
      <translation>“{0}”을(를) 사진으로 읽을 수 없어 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/references/texts.py" line="45" />
      <source>Choose at least one photo.</source>
      <translation>사진을 한 장 이상 고르세요.</translation>
    </message>
  </context>
  <context>
    <name>AttractScreen</name>
    <message>
      <location filename="../../app/ui/kiosk/attract.py" />
      <source>Gyeongju Heritage AI</source>
      <translation>경주 문화유산 AI</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/attract.py" />
      <source>Watch the AI repair an aged picture of Silla heritage</source>
      <translation>AI가 오래된 신라 문화유산 사진을 되살리는 모습을 보세요</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>Explore Silla heritage with AI</source>
      <translation>AI와 함께 신라 문화유산을 탐험해요</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>Choose something to try. Touch a language above at any time.</source>
      <translation>해 보고 싶은 것을 고르세요. 언제든 위에서 언어를 바꿀 수 있어요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>New activities are being prepared. Please come back soon.</source>
      <translation>새로운 체험을 준비하고 있어요. 곧 다시 찾아 주세요.</translation>
    </message>
  </context>
  <context>
    <name>IdleOverlay</name>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Still there?</source>
      <translation>아직 계신가요?</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Touch the screen to keep going. Otherwise we will start over for the next visitor.</source>
      <translation>계속하려면 화면을 눌러 주세요. 그렇지 않으면 다음 관람객을 위해 처음으로 돌아갑니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>I'm still here</source>
      <translation>계속할게요</translation>
    </message>
  </context>
  <context>
    <name>RestingCard</name>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>This activity is resting</source>
      <translation>이 체험은 잠시 쉬고 있어요</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>It will be back soon. Please try another one.</source>
      <translation>곧 돌아올 거예요. 다른 체험을 해 보세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Back to the start</source>
      <translation>처음으로</translation>
    </message>
  </context>
  <context>
    <name>ExperienceHost</name>
    <message>
      <location filename="../../app/ui/kiosk/window.py" />
      <source>Home</source>
      <translation>처음으로</translation>
    </message>
  </context>
  <context>
    <name>PinPad</name>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>That PIN is not right. Please try again.</source>
      <translation>PIN이 맞지 않습니다. 다시 입력해 주세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Too many tries. Please wait a minute.</source>
      <translation>시도 횟수가 너무 많습니다. 1분 후에 다시 시도하세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>No PIN is set yet: the PIN is 0000 until you set one.</source>
      <translation>아직 PIN이 설정되지 않았습니다. 설정하기 전까지 PIN은 0000입니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Staff only</source>
      <translation>직원 전용</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Clear</source>
      <translation>지우기</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>OK</source>
      <translation>확인</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
  </context>
  <context>
    <name>OperatorPanel</name>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>The statistics could not be saved: %1</source>
      <translation>통계를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Saved to %1</source>
      <translation>%1에 저장했습니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Operator panel</source>
      <translation>운영자 패널</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Language at the start of each visit</source>
      <translation>관람 시작 언어</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Activities shown to visitors</source>
      <translation>관람객에게 보일 체험</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Seconds without a touch before “Still there?”</source>
      <translation>“아직 계신가요?” 전까지 터치 없는 시간(초)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Seconds of the “Still there?” countdown</source>
      <translation>“아직 계신가요?” 카운트다운(초)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Large text</source>
      <translation>큰 글씨</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>High contrast</source>
      <translation>고대비</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Pictures come from: %1</source>
      <translation>사진 위치: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Save</source>
      <translation>저장</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Export statistics (CSV)</source>
      <translation>통계 내보내기(CSV)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Reload pictures</source>
      <translation>사진 다시 불러오기</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Close</source>
      <translation>닫기</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Quit the kiosk</source>
      <translation>키오스크 종료</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Visitors: %1</source>
      <translation>관람객: %1명</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>%1: %2 visits, %3 s on average</source>
      <translation>%1: %2회, 평균 %3초</translation>
    </message>
  </context>
  <context>
    <name>CollectionRoom</name>
    <message>
        <source>Where to tag…</source>
        <translation>태깅할 곳…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="110" />
      <source>That did not work</source>
      <translation>작업을 하지 못했습니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="122" />
      <source>◀ Home</source>
      <translation>◀ 처음으로</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="123" />
      <source>Collection</source>
      <translation>컬렉션</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="124" />
      <source>New catalogue…</source>
      <translation>새 카탈로그…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="125" />
      <source>Open catalogue…</source>
      <translation>카탈로그 열기…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="126" />
      <source>Import folder…</source>
      <translation>폴더 가져오기…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="127" />
      <source>Tag collection</source>
      <translation>컬렉션 태깅</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="128" />
      <source>Export…</source>
      <translation>내보내기…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="129" />
      <source>Pictures</source>
      <translation>사진</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="130" />
      <source>Review</source>
      <translation>검토</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="132" />
      <source>A catalogue keeps a museum's pictures, the AI's tags and the curators' decisions in one file. Open one, or create a new catalogue and import a folder of pictures.</source>
      <translation>카탈로그는 박물관의 사진, AI 태그, 큐레이터의 결정을 한 파일에 담습니다. 카탈로그를 열거나, 새 카탈로그를 만들고 사진 폴더를 가져오세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="164" />
      <source>New catalogue</source>
      <translation>새 카탈로그</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="170" />
      <source>Open catalogue</source>
      <translation>카탈로그 열기</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="175" />
      <source>The catalogue could not be opened</source>
      <translation>카탈로그를 열 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="178" />
      <source>The catalogue could not be created</source>
      <translation>카탈로그를 만들 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="183" />
      <source>Wait for the running task to finish, or cancel it, before opening another catalogue.</source>
      <translation>다른 카탈로그를 열기 전에 진행 중인 작업이 끝나기를 기다리거나 작업을 취소하세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="223" />
      <source>Import pictures from</source>
      <translation>사진을 가져올 폴더</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="231" />
      <source>Importing</source>
      <translation>가져오는 중</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="232" />
      <source>The import stopped</source>
      <translation>가져오기가 멈췄습니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="241" />
      <source>Tagging</source>
      <translation>태깅 중</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="241" />
      <source>Tagging stopped</source>
      <translation>태깅이 멈췄습니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="250" />
      <source>Stopped. What was finished is kept; run it again to go on.</source>
      <translation>중지했습니다. 끝난 부분은 그대로 남아 있으니, 다시 실행하면 이어서 진행합니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="259" />
      <source>Import finished: {0} new, {1} could not be read.</source>
      <translation>가져오기 완료: 새 사진 {0}장, 읽을 수 없는 파일 {1}개.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="263" />
      <source>Tagging finished: {0} tagged.</source>
      <translation>태깅 완료: {0}장에 태그를 붙였습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="290" />
      <source>The restoration was not recorded</source>
      <translation>복원 결과를 기록하지 못했습니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/room.py" line="294" />
      <source>The restoration was recorded in the catalogue with its provenance.</source>
      <translation>복원 결과를 출처 기록과 함께 카탈로그에 기록했습니다.</translation>
    </message>
  </context>
  <context>
    <name>CollectionView</name>
    <message>
      <location filename="../../app/ui/collection/browse_view.py" line="69" />
      <source>Cannot be read</source>
      <translation>읽을 수 없음</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/browse_view.py" line="69" />
      <source>File missing</source>
      <translation>파일 없음</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/browse_view.py" line="129" />
      <source>Pictures: {0}</source>
      <translation>사진: {0}장</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/browse_view.py" line="176" />
      <source>The description was saved.</source>
      <translation>설명을 저장했습니다.</translation>
    </message>
  </context>
  <context>
    <name>DublinCoreForm</name>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="70" />
      <source>Title</source>
      <translation>제목</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="70" />
      <source>Description</source>
      <translation>설명</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="70" />
      <source>Creator</source>
      <translation>제작자</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="71" />
      <source>Date</source>
      <translation>날짜</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="71" />
      <source>Subjects</source>
      <translation>주제</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="71" />
      <source>Site (coverage)</source>
      <translation>장소(범위)</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="72" />
      <source>Rights</source>
      <translation>권리</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="72" />
      <source>Source</source>
      <translation>출처</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="72" />
      <source>Identifier</source>
      <translation>식별자</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="76" />
      <source>no language</source>
      <translation>언어 없음</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="80" />
      <source>separate several with ;</source>
      <translation>여러 개는 ;로 구분</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/dc_form.py" line="82" />
      <source>e.g. 1920s, 1936-05</source>
      <translation>예: 1920년대, 1936-05</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="82" />
      <source>Export the catalogue</source>
      <translation>카탈로그 내보내기</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="84" />
      <source>XMP sidecars (Lightroom, Bridge, digiKam)</source>
      <translation>XMP 사이드카 (Lightroom, Bridge, digiKam)</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="85" />
      <source>Dublin Core CSV (Omeka S, spreadsheets)</source>
      <translation>더블린 코어 CSV (Omeka S, 스프레드시트)</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="86" />
      <source>Dublin Core JSON (scripts, migrations)</source>
      <translation>더블린 코어 JSON (스크립트, 데이터 이전)</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="87" />
      <source>IIIF static site (Mirador, Universal Viewer)</source>
      <translation>IIIF 정적 사이트 (Mirador, Universal Viewer)</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="91" />
      <source>Format</source>
      <translation>형식</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="92" />
      <source>Folder</source>
      <translation>폴더</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="93" />
      <source>Address it will be served at</source>
      <translation>게시할 웹 주소</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="94" />
      <source>Choose…</source>
      <translation>선택…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="95" />
      <source>Where the files go</source>
      <translation>파일을 저장할 곳</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="96" />
      <source>Export</source>
      <translation>내보내기</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="97" />
      <source>Close</source>
      <translation>닫기</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="108" />
      <source>One .xmp file per picture, named so photo software pairs it with the picture.</source>
      <translation>사진마다 .xmp 파일 하나를 만들며, 사진 프로그램이 사진과 짝지을 수 있는 이름을 붙입니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="109" />
      <source>One dublin-core.csv with a row per picture and a column per field and language.</source>
      <translation>사진마다 한 행, 항목과 언어마다 한 열로 된 dublin-core.csv 파일 하나를 만듭니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="110" />
      <source>One dublin-core.json with everything the catalogue knows about each picture.</source>
      <translation>카탈로그가 각 사진에 대해 아는 모든 내용을 담은 dublin-core.json 파일 하나를 만듭니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="111" />
      <source>A folder to put on a web server: a collection, one manifest per picture and image tiles.</source>
      <translation>웹 서버에 올릴 폴더를 만듭니다: 컬렉션, 사진마다 매니페스트 하나, 이미지 타일.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="116" />
      <source>Export into</source>
      <translation>내보낼 폴더</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="127" />
      <source>Choose a folder to export into.</source>
      <translation>내보낼 폴더를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="133" />
      <source>Exporting</source>
      <translation>내보내는 중</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="138" />
      <source>The export was cancelled; the files finished so far are kept.</source>
      <translation>내보내기를 취소했습니다. 지금까지 완성된 파일은 남아 있습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="155" />
      <source>Export finished: {0} exported into {1}.</source>
      <translation>내보내기 완료: {0}장을 {1}에 내보냈습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/export_dialog.py" line="157" />
      <source>Left out: {0}; gyeongju-export.json in that folder says why.</source>
      <translation>제외된 사진: {0}장. 그 이유는 해당 폴더의 gyeongju-export.json에 적혀 있습니다.</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="74" />
      <source>Search titles, descriptions and notes</source>
      <translation>제목, 설명, 메모 검색</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="75" />
      <source>Any tag</source>
      <translation>모든 태그</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="76" />
      <source>Pick a tag or type its name in any language</source>
      <translation>태그를 고르거나 어떤 언어로든 이름을 입력하세요</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="77" />
      <source>Any review state</source>
      <translation>모든 검토 상태</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="77" />
      <source>Not reviewed</source>
      <translation>검토 전</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="77" />
      <source>Accepted</source>
      <translation>승인됨</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="78" />
      <source>Rejected</source>
      <translation>거부됨</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="78" />
      <source>Corrected</source>
      <translation>수정됨</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="80" />
      <source>Any confidence</source>
      <translation>모든 신뢰도</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="80" />
      <source>Below 50 %</source>
      <translation>50 % 미만</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="80" />
      <source>50–80 %</source>
      <translation>50–80 %</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="81" />
      <source>80 % and above</source>
      <translation>80 % 이상</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="83" />
      <source>Any model</source>
      <translation>모든 모델</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="84" />
      <source>Site (coverage)</source>
      <translation>장소(범위)</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="85" />
      <source>From YYYY-MM-DD</source>
      <translation>시작 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="86" />
      <source>To YYYY-MM-DD</source>
      <translation>끝 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/filters.py" line="87" />
      <source>Clear filters</source>
      <translation>필터 지우기</translation>
    </message>
  </context>
  <context>
    <name>ItemDetailPane</name>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="100" />
      <source>Tags</source>
      <translation>태그</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="101" />
      <source>Description (Dublin Core)</source>
      <translation>설명 (더블린 코어)</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="102" />
      <source>Save description</source>
      <translation>설명 저장</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="103" />
      <source>Open in workbench</source>
      <translation>작업대에서 열기</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="104" />
      <source>Restore this picture in the Studio; a saved result is recorded here</source>
      <translation>이 사진을 스튜디오에서 복원합니다. 저장한 결과는 여기에 기록됩니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="105" />
      <source>Restorations</source>
      <translation>복원 기록</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="106" />
      <source>Choose a picture to see its tags and description.</source>
      <translation>사진을 고르면 태그와 설명이 보입니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="147" />
      <source>{0} × {1} px</source>
      <translation>{0} × {1} px</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="151" />
      <source>taken {0}</source>
      <translation>촬영 {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="156" />
      <source>Not reviewed yet</source>
      <translation>아직 검토 전</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="156" />
      <source>Accepted by a curator</source>
      <translation>큐레이터가 승인함</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="157" />
      <source>The AI's answer was rejected</source>
      <translation>AI의 답이 거부됨</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="157" />
      <source>Corrected by a curator</source>
      <translation>큐레이터가 수정함</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="161" />
      <source>Could not be read: {0}</source>
      <translation>읽을 수 없음: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="163" />
      <source>Its file was missing at the last import.</source>
      <translation>마지막으로 가져올 때 파일이 없었습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="168" />
      <source>None recorded yet.</source>
      <translation>아직 기록이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="172" />
      <source>no model</source>
      <translation>모델 없음</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/detail.py" line="173" />
      <source>{date}: {file} — {steps}; models: {models}</source>
      <translation>{date}: {file} — {steps}; 모델: {models}</translation>
    </message>
  </context>
  <context>
    <name>LabelNames</name>
    <message>
      <location filename="../../app/ui/collection/names.py" line="20" />
      <source>Not heritage</source>
      <translation>문화유산 아님</translation>
    </message>
  </context>
  <context>
    <name>ProgressLine</name>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="58" />
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="66" />
      <source>Starting…</source>
      <translation>시작하는 중…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="76" />
      <source>Stopping after the current picture…</source>
      <translation>지금 사진을 마친 뒤 멈춥니다…</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="96" />
      <source>{0} of {1}</source>
      <translation>{1}개 중 {0}개</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="98" />
      <source>{0:.1f} per second</source>
      <translation>초당 {0:.1f}개</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/progress_line.py" line="100" />
      <source>about {0} left</source>
      <translation>약 {0} 남음</translation>
    </message>
  </context>
  <context>
    <name>ReviewView</name>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="121" />
      <source>Cannot be read</source>
      <translation>읽을 수 없음</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="121" />
      <source>File missing</source>
      <translation>파일 없음</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="122" />
      <source>Accept selected (A)</source>
      <translation>선택 항목 승인 (A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="123" />
      <source>Accept all at or above</source>
      <translation>이 점수 이상 모두 승인</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="124" />
      <source>Accept every picture in the queue whose AI score is at least this</source>
      <translation>검토 대기열에서 AI 점수가 이 값 이상인 사진을 모두 승인합니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="125" />
      <source>Undo (Ctrl+Z)</source>
      <translation>실행 취소 (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="126" />
      <source>Type the right name, then Enter (Esc to cancel)</source>
      <translation>올바른 이름을 입력하고 Enter (취소는 Esc)</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="128" />
      <source>Keys: A accept · R reject · C correct · arrows or J/K move · Shift+arrows select · Ctrl+Z undo</source>
      <translation>키: A 승인 · R 거부 · C 수정 · 화살표나 J/K 이동 · Shift+화살표 선택 · Ctrl+Z 실행 취소</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="168" />
      <source>To review: {0}</source>
      <translation>검토할 사진: {0}장</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="176" />
      <source>Nothing to review.</source>
      <translation>검토할 사진이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="182" />
      <source>AI suggests &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
      <translation>AI 제안: &lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="186" />
      <source>Other candidates: {0}</source>
      <translation>다른 후보: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="269" />
      <source>Accepted “{0}”.</source>
      <translation>“{0}”을(를) 승인했습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="273" />
      <source>Accepted the {0} selected pictures.</source>
      <translation>선택한 사진 {0}장을 승인했습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="278" />
      <source>Rejected “{0}”.</source>
      <translation>“{0}”을(를) 거부했습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="296" />
      <source>Corrected to “{0}”.</source>
      <translation>“{0}”(으)로 수정했습니다.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="313" />
      <source>Accepted every picture scored at or above the threshold: {0} in all.</source>
      <translation>기준 점수 이상인 사진을 모두 승인했습니다: 모두 {0}장.</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/review_view.py" line="342" />
      <source>Undone: the last decision was taken back.</source>
      <translation>실행 취소: 마지막 결정을 되돌렸습니다.</translation>
    </message>
  </context>
  <context>
    <name>TagChips</name>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="53" />
      <source>accepted by {0}</source>
      <translation>{0} 승인</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="53" />
      <source>corrected by {0}</source>
      <translation>{0} 수정</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="54" />
      <source>added by {0}</source>
      <translation>{0} 추가</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="54" />
      <source>rejected by {0}</source>
      <translation>{0} 거부</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="63" />
      <source>A curator's decision</source>
      <translation>큐레이터의 결정</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="65" />
      <source>AI · {label} {score} · {model} {version}</source>
      <translation>AI · {label} {score} · {model} {version}</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="69" />
      <source>A model's suggestion, not checked by a person unless a decision says so</source>
      <translation>모델의 제안입니다. 결정이 기록되지 않았다면 사람이 확인하지 않은 것입니다</translation>
    </message>
    <message>
      <location filename="../../app/ui/collection/chips.py" line="72" />
      <source>No tags yet: run “Tag collection”.</source>
      <translation>아직 태그가 없습니다: “컬렉션 태깅”을 실행하세요.</translation>
    </message>
  </context>
  <context>
    <name>AiExperience</name>
    <message>
      <source>◀ Back</source>
      <translation>◀ 처음으로</translation>
    </message>
    <message>
      <source>Back to the start</source>
      <translation>처음 화면으로</translation>
    </message>
    <message>
      <source>This activity is resting</source>
      <translation>이 체험은 잠시 쉬고 있어요</translation>
    </message>
    <message>
      <source>Its AI could not start. Please try another activity.</source>
      <translation>AI를 시작하지 못했어요. 다른 체험을 해 보세요.</translation>
    </message>
  </context>
  <context>
    <name>EnergyBanner</name>
    <message>
      <source>⚡ Each time the AI works, you will see here how long it took and how much energy it used.</source>
      <translation>⚡ AI가 일할 때마다 걸린 시간과 사용한 에너지가 여기에 나와요.</translation>
    </message>
    <message>
      <source>⚡ %1 took %2 seconds and used about %3 joules of energy (an estimate).</source>
      <translation>⚡ %1: %2초 걸렸고 에너지를 약 %3줄 썼어요(추정치).</translation>
    </message>
    <message>
      <source>Estimate: the computer time the AI used × %1 watts per busy processor core.</source>
      <translation>추정 방법: AI가 쓴 컴퓨터 시간 × 바쁜 프로세서 코어당 %1와트.</translation>
    </message>
    <message>
      <source>Healing</source>
      <translation>복원</translation>
    </message>
    <message>
      <source>Looking at the photo</source>
      <translation>사진 보기</translation>
    </message>
    <message>
      <source>Learning</source>
      <translation>학습</translation>
    </message>
    <message>
      <source>Getting the AI ready</source>
      <translation>AI 준비</translation>
    </message>
    <message>
      <source>That is less than an LED light bulb uses in one second.</source>
      <translation>LED 전구가 1초 동안 쓰는 에너지보다 적어요.</translation>
    </message>
    <message>
      <source>That is about what an LED light bulb uses in %1 seconds.</source>
      <translation>LED 전구가 약 %1초 동안 쓰는 만큼이에요.</translation>
    </message>
    <message>
      <source>That is about what an LED light bulb uses in %1 minutes.</source>
      <translation>LED 전구가 약 %1분 동안 쓰는 만큼이에요.</translation>
    </message>
  </context>
  <context>
    <name>HealExperience</name>
    <message>
        <source>ⓘ AI-restored</source>
        <translation>ⓘ AI 복원</translation>
    </message>
    <message>
        <source>AI-restored: an AI model painted %1 % of this photo where it had scratches and spots. The original is kept unchanged. When a museum saves such a picture, it records what the AI did inside the file (Content Credentials, C2PA), so anyone can check it.</source>
        <translation>AI 복원: AI 모델이 이 사진에서 긁힌 자국과 얼룩이 있던 %1 %를 새로 칠했어요. 원본은 그대로 보관돼요. 박물관은 이런 사진을 저장할 때 AI가 한 일을 파일 안에 기록해요(콘텐츠 자격 증명, C2PA). 그래서 누구나 확인할 수 있어요.</translation>
    </message>
    <message>
      <source>Getting the photo ready…</source>
      <translation>사진을 준비하고 있어요…</translation>
    </message>
    <message>
      <source>The AI is healing…</source>
      <translation>AI가 고치고 있어요…</translation>
    </message>
    <message>
      <source>Healed: %1 % of the photo</source>
      <translation>복원된 부분: 사진의 %1 %</translation>
    </message>
    <message>
      <source>Find a scratch or a spot and rub over it.</source>
      <translation>긁힌 자국이나 얼룩을 찾아 문질러 보세요.</translation>
    </message>
    <message>
      <source>Rub your finger over the scratches and spots. The AI fills them in.</source>
      <translation>긁힌 자국과 얼룩 위를 손가락으로 문지르세요. AI가 채워 줘요.</translation>
    </message>
    <message>
      <source>Drag the line to compare the photo before and after.</source>
      <translation>선을 끌어서 고치기 전과 후를 비교해 보세요.</translation>
    </message>
    <message>
      <source>Blue shows every pixel the AI painted. Everything else is untouched.</source>
      <translation>파란색은 AI가 새로 칠한 모든 픽셀이에요. 나머지는 그대로예요.</translation>
    </message>
    <message>
      <source>Heal the photograph</source>
      <translation>사진을 고쳐요</translation>
    </message>
    <message>
      <source>Heal</source>
      <translation>고치기</translation>
    </message>
    <message>
      <source>◐ Before and after</source>
      <translation>◐ 전과 후</translation>
    </message>
    <message>
      <source>✦ What the AI changed</source>
      <translation>✦ AI가 바꾼 곳</translation>
    </message>
    <message>
      <source>↺ Start again</source>
      <translation>↺ 다시 하기</translation>
    </message>
    <message>
      <source>Another photo ▶</source>
      <translation>다른 사진 ▶</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>전</translation>
    </message>
    <message>
      <source>After</source>
      <translation>후</translation>
    </message>
    <message>
      <source>The photo to heal</source>
      <translation>고칠 사진</translation>
    </message>
  </context>
  <context>
    <name>SeeExperience</name>
    <message>
      <source>Getting the AI ready…</source>
      <translation>AI를 준비하고 있어요…</translation>
    </message>
    <message>
      <source>Let me look…</source>
      <translation>살펴볼게요…</translation>
    </message>
    <message>
      <source>Pick a photo below.</source>
      <translation>아래에서 사진을 골라 보세요.</translation>
    </message>
    <message>
      <source>I don't know.</source>
      <translation>잘 모르겠어요.</translation>
    </message>
    <message>
      <source>I think it is: %1</source>
      <translation>제 생각엔: %1</translation>
    </message>
    <message>
      <source>Something else: %1 %</source>
      <translation>그 밖의 것: %1 %</translation>
    </message>
    <message>
      <source>There is almost nothing to see in this photo, so the AI does not guess.</source>
      <translation>이 사진에는 볼 것이 거의 없어서 AI가 추측하지 않아요.</translation>
    </message>
    <message>
      <source>None of its guesses is sure enough, so it says so instead of guessing. It only knows the heritage it learned from.</source>
      <translation>확신할 만한 답이 없어서 찍지 않고 모른다고 말해요. AI는 배운 문화유산만 알아요.</translation>
    </message>
    <message>
      <source>It can be wrong: it learned from drawings and a few photos, so an unusual angle, light or object can fool it.</source>
      <translation>틀릴 수도 있어요. 그림과 사진 몇 장으로 배웠기 때문에 낯선 각도나 빛, 물건에 속을 수 있어요.</translation>
    </message>
    <message>
      <source>What does the AI see?</source>
      <translation>AI는 무엇을 볼까요?</translation>
    </message>
    <message>
      <source>Pick a photo. The AI says what it thinks it shows and how sure it is.</source>
      <translation>사진을 고르면 AI가 무엇인지, 얼마나 확신하는지 알려 줘요.</translation>
    </message>
    <message>
      <source>Show where the AI looked</source>
      <translation>AI가 본 곳 보기</translation>
    </message>
    <message>
      <source>The photo the AI looks at</source>
      <translation>AI가 보는 사진</translation>
    </message>
    <message>
      <source>An everyday photo</source>
      <translation>일상 사진</translation>
    </message>
  </context>
  <context>
    <name>TeachExperience</name>
    <message>
      <source>Getting the photos ready… %1 %</source>
      <translation>사진을 준비하고 있어요… %1 %</translation>
    </message>
    <message>
      <source>%1
%2 photos</source>
      <translation>%1
사진 %2장</translation>
    </message>
    <message>
      <source>Put the photo in “%1”</source>
      <translation>사진을 “%1”에 넣기</translation>
    </message>
    <message>
      <source>Photo %1 of %2: is it “%3” or “%4”? Drag it to a side, or tap a side.</source>
      <translation>사진 %1/%2: “%3”일까요, “%4”일까요? 한쪽으로 끌거나 한쪽을 누르세요.</translation>
    </message>
    <message>
      <source>All sorted! Look how well the AI learned.</source>
      <translation>다 나눴어요! AI가 얼마나 잘 배웠는지 보세요.</translation>
    </message>
    <message>
      <source>The AI guesses photos it has never seen:</source>
      <translation>AI가 처음 보는 사진을 맞혀 봐요:</translation>
    </message>
    <message>
      <source>Sort at least one photo into each side and the AI starts to learn.</source>
      <translation>양쪽에 사진을 하나 이상씩 넣으면 AI가 배우기 시작해요.</translation>
    </message>
    <message>
      <source>After %1 photos the AI gets %2 of %3 right (%4 %).</source>
      <translation>사진 %1장을 배운 AI는 %3장 중 %2장을 맞혀요(%4 %).</translation>
    </message>
    <message>
      <source>Teach the AI</source>
      <translation>AI를 가르쳐요</translation>
    </message>
    <message>
      <source>Sort photos into two groups. The AI learns from you and guesses new photos.</source>
      <translation>사진을 두 무리로 나눠 보세요. AI가 배워서 새 사진을 맞혀요.</translation>
    </message>
    <message>
      <source>What should the AI learn to tell apart? Choose two groups:</source>
      <translation>AI가 무엇을 구별하도록 가르칠까요? 두 무리를 고르세요:</translation>
    </message>
    <message>
      <source>Choose other groups</source>
      <translation>다른 무리 고르기</translation>
    </message>
    <message>
      <source>The photo to sort</source>
      <translation>나눌 사진</translation>
    </message>
  </context>
  <context>
    <name>KioskTeachGroups</name>
    <message>
      <source>Stone</source>
      <translation>돌</translation>
    </message>
    <message>
      <source>Wood</source>
      <translation>나무</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>낮</translation>
    </message>
    <message>
      <source>Night</source>
      <translation>밤</translation>
    </message>
    <message>
      <source>Treasure</source>
      <translation>보물</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>장소</translation>
    </message>
    <message>
      <source>Summer</source>
      <translation>여름</translation>
    </message>
    <message>
      <source>Winter</source>
      <translation>겨울</translation>
    </message>
  </context>
  <context>
    <name>KioskHeritageTypes</name>
    <message>
      <source>Pagoda</source>
      <translation>탑</translation>
    </message>
    <message>
      <source>Buddhist sculpture</source>
      <translation>불교 조각</translation>
    </message>
    <message>
      <source>Temple and hall</source>
      <translation>사찰·전각</translation>
    </message>
    <message>
      <source>Palace and pavilion</source>
      <translation>궁궐·누각</translation>
    </message>
    <message>
      <source>Royal tomb</source>
      <translation>왕릉·고분</translation>
    </message>
    <message>
      <source>Bridge</source>
      <translation>다리</translation>
    </message>
    <message>
      <source>Hanok house</source>
      <translation>한옥</translation>
    </message>
    <message>
      <source>Fortress and gate</source>
      <translation>성곽·성문</translation>
    </message>
    <message>
      <source>Temple bell</source>
      <translation>범종</translation>
    </message>
    <message>
      <source>Crown and jewellery</source>
      <translation>관·장신구</translation>
    </message>
    <message>
      <source>Roof tile</source>
      <translation>기와</translation>
    </message>
    <message>
      <source>Ceramics</source>
      <translation>토기·도자기</translation>
    </message>
    <message>
      <source>Stone monument</source>
      <translation>석조물·비석</translation>
    </message>
    <message>
      <source>Painting and document</source>
      <translation>회화·기록물</translation>
    </message>
  </context>
  <context>
    <name>Experience</name>
    <message>
      <source>Heal the photograph</source>
      <translation>사진을 고쳐요</translation>
    </message>
    <message>
      <source>What does the AI see?</source>
      <translation>AI는 무엇을 볼까요?</translation>
    </message>
    <message>
      <source>Teach the AI</source>
      <translation>AI를 가르쳐요</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <source>Title</source>
      <translation>제목</translation>
    </message>
    <message>
      <source>Image and fact card</source>
      <translation>이미지와 해설 카드</translation>
    </message>
    <message>
      <source>Restoration</source>
      <translation>복원</translation>
    </message>
    <message>
      <source>Recognition</source>
      <translation>인식</translation>
    </message>
    <message>
      <source>Teach by example</source>
      <translation>예시로 가르치기</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>나란히 비교</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>마무리</translation>
    </message>
    <message>
      <source>Running live… the audience still sees the previous step.</source>
      <translation>실시간 실행 중… 관객 화면에는 아직 이전 단계가 보입니다.</translation>
    </message>
    <message>
      <source>Could not show this step: {error}</source>
      <translation>이 단계를 보여 줄 수 없습니다: {error}</translation>
    </message>
    <message>
      <source>Nothing runs live in this step.</source>
      <translation>이 단계에서는 실시간으로 실행되는 것이 없습니다.</translation>
    </message>
    <message>
      <source>Ran live in {seconds:.1f} s.</source>
      <translation>{seconds:.1f}초 만에 실시간으로 실행했습니다.</translation>
    </message>
    <message>
      <source>Shown from the rehearsed cache: the live run was over its time budget.</source>
      <translation>리허설 캐시에서 보여 줍니다: 실시간 실행이 제한 시간을 넘었습니다.</translation>
    </message>
    <message>
      <source>Shown from the rehearsed cache: the live run failed ({reason}).</source>
      <translation>리허설 캐시에서 보여 줍니다: 실시간 실행이 실패했습니다 ({reason}).</translation>
    </message>
    <message>
      <source>Speaker notes</source>
      <translation>발표자 메모</translation>
    </message>
    <message>
      <source>→ / PgDn / Space: next   ← / PgUp: previous   digits + Enter: go to step   B: black screen   P: notes panel (one screen)   Esc: quit</source>
      <translation>→ / PgDn / Space: 다음   ← / PgUp: 이전   숫자 + Enter: 해당 단계로   B: 검은 화면   P: 메모 패널(화면 하나)   Esc: 종료</translation>
    </message>
    <message>
      <source>The audience screen is black (B to show it again).</source>
      <translation>관객 화면이 검게 꺼져 있습니다 (B를 누르면 다시 보입니다).</translation>
    </message>
    <message>
      <source>Step {n} of {total}: {kind}</source>
      <translation>{total}단계 중 {n}단계: {kind}</translation>
    </message>
    <message>
      <source>(no notes for this step)</source>
      <translation>(이 단계에는 메모가 없습니다)</translation>
    </message>
    <message>
      <source>Next: {step}</source>
      <translation>다음: {step}</translation>
    </message>
    <message>
      <source>Next: end of the show</source>
      <translation>다음: 발표 끝</translation>
    </message>
    <message>
      <source>Elapsed {time}</source>
      <translation>경과 {time}</translation>
    </message>
  </context>
  <context>
    <name>PresenterAudience</name>
    <message>
      <source>Before</source>
      <translation>복원 전</translation>
    </message>
    <message>
      <source>After</source>
      <translation>복원 후</translation>
    </message>
    <message>
      <source>Not sure: none of the answers is likely enough</source>
      <translation>확실하지 않음: 충분히 그럴듯한 답이 없습니다</translation>
    </message>
    <message>
      <source>Taught from {photos} photos; checked on photos it did not see: {percent} % right</source>
      <translation>사진 {photos}장으로 가르쳤고, 보지 못한 사진으로 확인한 정답률은 {percent}%입니다</translation>
    </message>
    <message>
      <source>Scan to visit</source>
      <translation>스캔하여 방문하기</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui PackDetails -->
    <name>PackDetails</name>
    <message>
      <source>⚠ Not signed: nobody vouches for its contents. Install only if you know where it came from.</source>
      <translation>⚠ 서명되지 않음: 내용을 보증하는 곳이 없습니다. 출처를 알 때만 설치하세요.</translation>
    </message>
    <message>
      <source>image</source>
      <translation>이미지</translation>
    </message>
    <message>
      <source>fact card</source>
      <translation>정보 카드</translation>
    </message>
    <message>
      <source>model weights</source>
      <translation>모델 가중치</translation>
    </message>
    <message>
      <source>model card</source>
      <translation>모델 설명서</translation>
    </message>
    <message>
      <source>presentation script</source>
      <translation>발표 대본</translation>
    </message>
    <message>
      <source>kiosk content</source>
      <translation>키오스크 콘텐츠</translation>
    </message>
    <message>
      <source>settings</source>
      <translation>설정</translation>
    </message>
    <message>
      <source>reference photo</source>
      <translation>참조 사진</translation>
    </message>
    <message>
      <source>reference subject</source>
      <translation>참조 대상</translation>
    </message>
    <message>
      <source>⚠ Its signature could not be checked. Install only if you know where it came from.</source>
      <translation>⚠ 서명을 확인할 수 없습니다. 출처를 알 때만 설치하세요.</translation>
    </message>
    <message>
      <source>File</source>
      <translation>파일</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>역할</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>라이선스</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>출처 표시</translation>
    </message>
    <message>
      <source>Choose a pack on the left, or import one.</source>
      <translation>왼쪽에서 팩을 고르거나 팩을 가져오세요.</translation>
    </message>
    <message>
      <source>✔ Signed by {signer}, a key you trust.</source>
      <translation>✔ {signer}의 서명: 신뢰하는 키입니다.</translation>
    </message>
    <message>
      <source>⚠ Signed by a key you have not trusted ({key}). Install only if you know where it came from.</source>
      <translation>⚠ 신뢰 목록에 없는 키({key})로 서명되었습니다. 출처를 알 때만 설치하세요.</translation>
    </message>
    <message>
      <source>{id} · version {version} · from {institution} · {count} files, {mb:.1f} MB</source>
      <translation>{id} · 버전 {version} · 보낸 곳 {institution} · 파일 {count}개, {mb:.1f} MB</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui PacksPage -->
    <name>PacksPage</name>
    <message>
      <source>Packs</source>
      <translation>팩</translation>
    </message>
    <message>
      <source>Import a pack</source>
      <translation>팩 가져오기</translation>
    </message>
    <message>
      <source>Install an unsigned pack?</source>
      <translation>서명되지 않은 팩을 설치할까요?</translation>
    </message>
    <message>
      <source>Install anyway</source>
      <translation>그래도 설치</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <source>Installing…</source>
      <translation>설치하는 중…</translation>
    </message>
    <message>
      <source>Remove this pack?</source>
      <translation>이 팩을 삭제할까요?</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>삭제</translation>
    </message>
    <message>
      <source>Removing…</source>
      <translation>삭제하는 중…</translation>
    </message>
    <message>
      <source>Export the pack</source>
      <translation>팩 내보내기</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>내보내는 중…</translation>
    </message>
    <message>
      <source>◀ Back</source>
      <translation>◀ 뒤로</translation>
    </message>
    <message>
      <source>Packs — demos to share with partner institutions</source>
      <translation>팩 — 협력 기관과 나누는 데모</translation>
    </message>
    <message>
      <source>Script editor…</source>
      <translation>대본 편집기…</translation>
    </message>
    <message>
      <source>Installed packs</source>
      <translation>설치된 팩</translation>
    </message>
    <message>
      <source>Import a pack…</source>
      <translation>팩 가져오기…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>내보내기…</translation>
    </message>
    <message>
      <source>Install this pack</source>
      <translation>이 팩 설치</translation>
    </message>
    <message>
      <source>Saved {name}: it can be sent to a partner as it is.</source>
      <translation>{name}을(를) 저장했습니다. 그대로 협력 기관에 보낼 수 있습니다.</translation>
    </message>
    <message>
      <source>Checking “{name}”…</source>
      <translation>“{name}” 확인하는 중…</translation>
    </message>
    <message>
      <source>“{name}” passed every check. It is not installed yet.</source>
      <translation>“{name}”이(가) 모든 검사를 통과했습니다. 아직 설치되지 않았습니다.</translation>
    </message>
    <message>
      <source>“{title}” is not signed by a key you trust, so nobody vouches for its contents. Install it only if you know where it came from.</source>
      <translation>“{title}”은(는) 신뢰하는 키로 서명되지 않아 내용을 보증하는 곳이 없습니다. 출처를 알 때만 설치하세요.</translation>
    </message>
    <message>
      <source>Installed “{title}” {version}.</source>
      <translation>“{title}” {version}을(를) 설치했습니다.</translation>
    </message>
    <message>
      <source>Remove “{title}” {version} from this computer? Its rehearsed results go with it.</source>
      <translation>이 컴퓨터에서 “{title}” {version}을(를) 삭제할까요? 리허설 결과도 함께 삭제됩니다.</translation>
    </message>
    <message>
      <source>Removed {spec}.</source>
      <translation>{spec}을(를) 삭제했습니다.</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui SamplePickDialog -->
    <name>SamplePickDialog</name>
    <message>
      <source>Add steps from the samples</source>
      <translation>샘플로 단계 추가</translation>
    </message>
    <message>
      <source>Add the ticked samples</source>
      <translation>선택한 샘플 추가</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <source>The samples are computer renderings, not photographs.</source>
      <translation>샘플은 사진이 아니라 컴퓨터로 그린 재현 이미지입니다.</translation>
    </message>
    <message>
      <source>The sample images are not built yet (make samples).</source>
      <translation>샘플 이미지가 아직 만들어지지 않았습니다(make samples).</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui PackInfoDialog -->
    <name>PackInfoDialog</name>
    <message>
      <source>Build a pack from this script</source>
      <translation>이 대본으로 팩 만들기</translation>
    </message>
    <message>
      <source>Pack id (a–z, 0–9, - and _)</source>
      <translation>팩 ID (a–z, 0–9, -, _)</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>버전</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>제목</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>기관</translation>
    </message>
    <message>
      <source>Licence of every file</source>
      <translation>모든 파일의 라이선스</translation>
    </message>
    <message>
      <source>Credit of every file</source>
      <translation>모든 파일의 출처 표시</translation>
    </message>
    <message>
      <source>Choose where to save…</source>
      <translation>저장할 곳 고르기…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <source>The pack id may use only a–z, 0–9, - and _ (for example gyeongju-demo).</source>
      <translation>팩 ID에는 a–z, 0–9, -, _만 쓸 수 있습니다(예: gyeongju-demo).</translation>
    </message>
    <message>
      <source>Give the name of your institution: partners see it as the sender.</source>
      <translation>기관 이름을 적어 주세요. 협력 기관에는 보낸 곳으로 보입니다.</translation>
    </message>
    <message>
      <source>Give the licence of the files (for example CC-BY-4.0).</source>
      <translation>파일의 라이선스를 적어 주세요(예: CC-BY-4.0).</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui ScriptEditorPage -->
    <name>ScriptEditorPage</name>
    <message>
      <source>Script editor</source>
      <translation>대본 편집기</translation>
    </message>
    <message>
      <source>(no caption yet)</source>
      <translation>(아직 자막 없음)</translation>
    </message>
    <message>
      <source>Open a presentation script</source>
      <translation>발표 대본 열기</translation>
    </message>
    <message>
      <source>Save the script</source>
      <translation>대본 저장</translation>
    </message>
    <message>
      <source>Save the pack</source>
      <translation>팩 저장</translation>
    </message>
    <message>
      <source>Building the pack…</source>
      <translation>팩을 만드는 중…</translation>
    </message>
    <message>
      <source>◀ Back</source>
      <translation>◀ 뒤로</translation>
    </message>
    <message>
      <source>Script editor — compose a show</source>
      <translation>대본 편집기 — 발표 구성하기</translation>
    </message>
    <message>
      <source>Packs…</source>
      <translation>팩…</translation>
    </message>
    <message>
      <source>New</source>
      <translation>새 대본</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>열기…</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
      <source>Build pack…</source>
      <translation>팩 만들기…</translation>
    </message>
    <message>
      <source>Languages (presenter, delegation)</source>
      <translation>언어 (발표자, 대표단)</translation>
    </message>
    <message>
      <source>Show title</source>
      <translation>발표 제목</translation>
    </message>
    <message>
      <source>New pictures become</source>
      <translation>새 그림의 단계 종류</translation>
    </message>
    <message>
      <source>Add from the catalogue…</source>
      <translation>카탈로그에서 추가…</translation>
    </message>
    <message>
      <source>Add from the samples…</source>
      <translation>샘플에서 추가…</translation>
    </message>
    <message>
      <source>Add step</source>
      <translation>단계 추가</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>삭제</translation>
    </message>
    <message>
      <source>Move up (or drag the step)</source>
      <translation>위로 이동 (또는 단계를 끌어 옮기기)</translation>
    </message>
    <message>
      <source>Move down (or drag the step)</source>
      <translation>아래로 이동 (또는 단계를 끌어 옮기기)</translation>
    </message>
    <message>
      <source>Preview (as the audience sees it)</source>
      <translation>미리 보기 (청중이 보는 화면)</translation>
    </message>
    <message>
      <source>Preview this step</source>
      <translation>이 단계 미리 보기</translation>
    </message>
    <message>
      <source>Choose two different languages: the presenter's and the delegation's.</source>
      <translation>서로 다른 두 언어를 고르세요: 발표자의 언어와 대표단의 언어입니다.</translation>
    </message>
    <message>
      <source>Running the step live…</source>
      <translation>단계를 실시간으로 실행하는 중…</translation>
    </message>
    <message>
      <source>Preparing the preview…</source>
      <translation>미리 보기를 준비하는 중…</translation>
    </message>
    <message>
      <source>This is what the audience will see.</source>
      <translation>청중에게는 이렇게 보입니다.</translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>{name}을(를) 저장했습니다.</translation>
    </message>
    <message>
      <source>Show title in {language}</source>
      <translation>{language} 발표 제목</translation>
    </message>
    <message>
      <source>Ran live in {seconds:.1f} s; the show will use the rehearsed result if it is slower than its budget.</source>
      <translation>실시간 실행 {seconds:.1f}초. 발표 중 시간 예산보다 느리면 리허설 결과를 보여 줍니다.</translation>
    </message>
    <message>
      <source>Wrote {name}: {count} files. Install it on the Packs page or send it to a partner.</source>
      <translation>{name}을(를) 만들었습니다: 파일 {count}개. 팩 화면에서 설치하거나 협력 기관에 보내세요.</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui StepForm -->
    <name>StepForm</name>
    <message>
        <source>Groups to teach</source>
        <translation>가르칠 묶음</translation>
    </message>
    <message>
        <source>One group per line, e.g. Dabotap: images/a.jpg, images/b.jpg</source>
        <translation>한 줄에 한 묶음, 예: 다보탑: images/a.jpg, images/b.jpg</translation>
    </message>
    <message>
      <source>Speaker notes</source>
      <translation>발표자 메모</translation>
    </message>
    <message>
      <source>Time budget</source>
      <translation>시간 예산</translation>
    </message>
    <message>
      <source> s</source>
      <translation>초</translation>
    </message>
    <message>
      <source>Picture</source>
      <translation>그림</translation>
    </message>
    <message>
      <source>Right picture</source>
      <translation>오른쪽 그림</translation>
    </message>
    <message>
      <source>Subject (fact card)</source>
      <translation>대상 (정보 카드)</translation>
    </message>
    <message>
      <source>Institution's web page</source>
      <translation>기관 웹 페이지</translation>
    </message>
    <message>
      <source>Choose a step on the left, or add one.</source>
      <translation>왼쪽에서 단계를 고르거나 새로 추가하세요.</translation>
    </message>
    <message>
      <source>default ({seconds:g} s)</source>
      <translation>기본값 ({seconds:g}초)</translation>
    </message>
    <message>
      <source>Caption in {language}</source>
      <translation>{language} 자막</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui ScriptEditorTexts -->
    <name>ScriptEditorTexts</name>
    <message>
      <source>Title</source>
      <translation>제목</translation>
    </message>
    <message>
      <source>Picture with fact card</source>
      <translation>그림과 정보 카드</translation>
    </message>
    <message>
      <source>Live restoration</source>
      <translation>실시간 복원</translation>
    </message>
    <message>
      <source>Live recognition</source>
      <translation>실시간 인식</translation>
    </message>
    <message>
      <source>Live teach by example</source>
      <translation>실시간 예시로 가르치기</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>나란히 비교</translation>
    </message>
    <message>
      <source>Closing with QR code</source>
      <translation>QR 코드로 마무리</translation>
    </message>
  </context>
  <context>
    <!-- step8-ui PresentationPage -->
    <name>PresentationPage</name>
    <message>
      <source>Getting the demo ready…</source>
      <translation>데모를 준비하는 중…</translation>
    </message>
    <message>
      <source>Building the demo pack from the app's renders (about ten seconds)…</source>
      <translation>앱의 재현 이미지로 데모 팩을 만드는 중(약 10초)…</translation>
    </message>
    <message>
      <source>Installing the demo pack…</source>
      <translation>데모 팩을 설치하는 중…</translation>
    </message>
    <message>
      <source>The show is open: → next, ← back, B black screen, P notes, Esc ends it.</source>
      <translation>발표가 열렸습니다: → 다음, ← 이전, B 검은 화면, P 메모, Esc 끝내기.</translation>
    </message>
    <message>
      <source>The show has ended.</source>
      <translation>발표가 끝났습니다.</translation>
    </message>
    <message>
      <source>▶ Present the Gyeongju demo</source>
      <translation>▶ 경주 데모 발표하기</translation>
    </message>
    <message>
      <source>Packs…</source>
      <translation>팩…</translation>
    </message>
    <message>
      <source>Script editor…</source>
      <translation>대본 편집기…</translation>
    </message>
    <message>
      <source>Rehearsing the live steps so the show never stalls…</source>
      <translation>발표가 멈추지 않도록 실시간 단계를 리허설하는 중…</translation>
    </message>
  </context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Where this collection is tagged</source>
        <translation>이 소장품을 태깅할 곳</translation>
    </message>
    <message>
        <source>Tagging runs on this computer unless the collection names a Dask cluster. The workers must have the app installed and see the pictures at the same paths. The address is kept in the catalogue.</source>
        <translation>이 소장품이 Dask 클러스터를 지정하지 않으면 태깅은 이 컴퓨터에서 실행됩니다. 작업 노드에는 이 앱이 설치되어 있어야 하고 같은 경로로 사진을 볼 수 있어야 합니다. 주소는 카탈로그에 저장됩니다.</translation>
    </message>
    <message>
        <source>Dask scheduler</source>
        <translation>Dask 스케줄러</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Use this cluster</source>
        <translation>이 클러스터 사용</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>이 컴퓨터 사용</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Type the scheduler's address first, for example tcp://192.168.0.10:8786.</source>
        <translation>먼저 스케줄러 주소를 입력하세요. 예: tcp://192.168.0.10:8786.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>Reached {0}.</source>
        <translation>{0}에 연결했습니다.</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Content Credentials</source>
        <translation>콘텐츠 자격 증명</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인하는 중…</translation>
    </message>
    <message>
        <source>Open an image to see its Content Credentials.</source>
        <translation>이미지를 열면 콘텐츠 자격 증명을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>No Content Credentials: this image does not say where it came from.</source>
        <translation>콘텐츠 자격 증명 없음: 이 이미지는 출처를 알려 주지 않습니다.</translation>
    </message>
    <message>
        <source>⚠ The Content Credentials do not match: changed after signing.</source>
        <translation>⚠ 콘텐츠 자격 증명이 일치하지 않습니다: 서명한 뒤에 바뀌었습니다.</translation>
    </message>
    <message>
        <source>✓ Signed by {signer} — a trusted institution.</source>
        <translation>✓ {signer} 서명 — 신뢰하는 기관입니다.</translation>
    </message>
    <message>
        <source>Signed by {signer} — not in your trusted institutions.</source>
        <translation>{signer} 서명 — 신뢰하는 기관 목록에 없습니다.</translation>
    </message>
    <message>
        <source>Made with {software}</source>
        <translation>{software}(으)로 제작</translation>
    </message>
    <message>
        <source>AI models: {names}</source>
        <translation>AI 모델: {names}</translation>
    </message>
    <message>
        <source>The pixels are not the ones that were signed.</source>
        <translation>픽셀이 서명된 것과 다릅니다.</translation>
    </message>
    <message>
        <source> (AI)</source>
        <translation> (AI)</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>This museum</source>
        <translation>이 박물관</translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation>기관 이름</translation>
    </message>
    <message>
        <source>Create identity</source>
        <translation>서명 신원 만들기</translation>
    </message>
    <message>
        <source>Visible “AI-restored” label on exported images</source>
        <translation>내보낸 이미지에 “AI 복원” 표시 넣기</translation>
    </message>
    <message>
        <source>No signing identity: restored images are saved unsigned.</source>
        <translation>서명 신원 없음: 복원한 이미지는 서명 없이 저장됩니다.</translation>
    </message>
    <message>
        <source>AI outputs are signed by {name} (certificate valid until {date}).</source>
        <translation>AI 결과물은 {name} 이름으로 서명됩니다(인증서 유효 기한 {date}).</translation>
    </message>
</context>
</TS>