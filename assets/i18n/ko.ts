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
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="110" />
      <location filename="../../app/ui/main_window.py" line="183" />
      <source>Gyeongju Heritage AI</source>
      <translation>경주 문화유산 AI</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="111" />
      <source>&amp;File</source>
      <translation>파일(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="112" />
      <source>&amp;Open image…</source>
      <translation>이미지 열기(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="113" />
      <source>&amp;Settings…</source>
      <translation>설정(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="114" />
      <source>&amp;Quit</source>
      <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="115" />
      <source>&amp;Go</source>
      <translation>이동(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="117" />
      <source>Start screen</source>
      <translation>시작 화면</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="118" />
      <source>Studio</source>
      <translation>스튜디오</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="119" />
      <source>Exhibition</source>
      <translation>전시</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="120" />
      <source>Presentation</source>
      <translation>발표</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="124" />
      <source>&amp;Language</source>
      <translation>언어(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="125" />
      <source>&amp;Help</source>
      <translation>도움말(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="126" />
      <source>&amp;About</source>
      <translation>정보(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="147" />
      <source>Open image</source>
      <translation>이미지 열기</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="176" />
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
      <location filename="../../app/ui/studio/page.py" line="91" />
      <source>◀ Home</source>
      <translation>◀ 처음으로</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="92" />
      <source>Studio</source>
      <translation>스튜디오</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="93" />
      <source>Fit</source>
      <translation>화면에 맞춤</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="94" />
      <source>100%</source>
      <translation>100%</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="95" />
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="96" />
      <source>Open an image with File ▸ Open image… or choose a sample on the start screen.</source>
      <translation>파일 ▸ 이미지 열기…로 이미지를 열거나 시작 화면에서 샘플을 고르세요.</translation>
    </message>
    <message>
      <location filename="../../app/ui/studio/page.py" line="134" />
      <source>{name} — {w} × {h} px, {fmt}</source>
      <translation>{name} — {w} × {h} 픽셀, {fmt}</translation>
    </message>
  </context>
</TS>