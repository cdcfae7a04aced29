<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
  <context>
    <name>AttractScreen</name>
    <message>
      <location filename="../../app/ui/kiosk/attract.py" />
      <source>Gyeongju Heritage AI</source>
      <translation>AI มรดกเมืองคย็องจู</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/attract.py" />
      <source>Watch the AI repair an aged picture of Silla heritage</source>
      <translation>ชม AI ซ่อมภาพเก่าของมรดกอาณาจักรชิลลา</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>Explore Silla heritage with AI</source>
      <translation>สำรวจมรดกชิลลากับ AI</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>Choose something to try. Touch a language above at any time.</source>
      <translation>เลือกกิจกรรมที่อยากลอง แตะภาษาด้านบนได้ทุกเมื่อ</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>New activities are being prepared. Please come back soon.</source>
      <translation>กำลังเตรียมกิจกรรมใหม่ แล้วกลับมาใหม่นะ</translation>
    </message>
  </context>
  <context>
    <name>IdleOverlay</name>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Still there?</source>
      <translation>ยังอยู่ไหม?</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Touch the screen to keep going. Otherwise we will start over for the next visitor.</source>
      <translation>แตะหน้าจอเพื่อทำต่อ ไม่อย่างนั้นจะเริ่มใหม่สำหรับผู้ชมคนถัดไป</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>I'm still here</source>
      <translation>ยังอยู่</translation>
    </message>
  </context>
  <context>
    <name>RestingCard</name>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>This activity is resting</source>
      <translation>กิจกรรมนี้กำลังพัก</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>It will be back soon. Please try another one.</source>
      <translation>อีกไม่นานจะกลับมา ลองกิจกรรมอื่นก่อนนะ</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Back to the start</source>
      <translation>กลับไปหน้าแรก</translation>
    </message>
  </context>
  <context>
    <name>ExperienceHost</name>
    <message>
      <location filename="../../app/ui/kiosk/window.py" />
      <source>Home</source>
      <translation>หน้าแรก</translation>
    </message>
  </context>
  <context>
    <name>PinPad</name>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>That PIN is not right. Please try again.</source>
      <translation>PIN ไม่ถูกต้อง โปรดลองอีกครั้ง</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Too many tries. Please wait a minute.</source>
      <translation>ลองหลายครั้งเกินไป โปรดรอหนึ่งนาที</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>No PIN is set yet: the PIN is 0000 until you set one.</source>
      <translation>ยังไม่ได้ตั้ง PIN: PIN คือ 0000 จนกว่าจะตั้งใหม่</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Staff only</source>
      <translation>เฉพาะเจ้าหน้าที่</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Clear</source>
      <translation>ล้าง</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>OK</source>
      <translation>ตกลง</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>PIN</source>
      <translation>รหัส PIN</translation>
    </message>
  </context>
  <context>
    <name>OperatorPanel</name>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>The statistics could not be saved: %1</source>
      <translation>บันทึกสถิติไม่ได้: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Saved to %1</source>
      <translation>บันทึกไว้ที่ %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Operator panel</source>
      <translation>แผงผู้ดูแล</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Language at the start of each visit</source>
      <translation>ภาษาเมื่อเริ่มแต่ละครั้ง</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Activities shown to visitors</source>
      <translation>กิจกรรมที่แสดงให้ผู้ชม</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Seconds without a touch before “Still there?”</source>
      <translation>วินาทีที่ไม่มีการแตะก่อนถาม “ยังอยู่ไหม?”</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Seconds of the “Still there?” countdown</source>
      <translation>วินาทีนับถอยหลัง “ยังอยู่ไหม?”</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Large text</source>
      <translation>ตัวอักษรใหญ่</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>High contrast</source>
      <translation>คอนทราสต์สูง</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Pictures come from: %1</source>
      <translation>ภาพมาจาก: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Export statistics (CSV)</source>
      <translation>ส่งออกสถิติ (CSV)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Reload pictures</source>
      <translation>โหลดภาพใหม่</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Quit the kiosk</source>
      <translation>ปิดคีออสก์</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Visitors: %1</source>
      <translation>ผู้ชม: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>%1: %2 visits, %3 s on average</source>
      <translation>%1: %2 ครั้ง เฉลี่ย %3 วินาที</translation>
    </message>
  </context>
  <context>
    <name>AiExperience</name>
    <message>
      <source>◀ Back</source>
      <translation>◀ กลับ</translation>
    </message>
    <message>
      <source>Back to the start</source>
      <translation>กลับไปหน้าแรก</translation>
    </message>
    <message>
      <source>This activity is resting</source>
      <translation>กิจกรรมนี้กำลังพัก</translation>
    </message>
    <message>
      <source>Its AI could not start. Please try another activity.</source>
      <translation>AI ของกิจกรรมนี้เริ่มทำงานไม่ได้ ลองกิจกรรมอื่นนะ</translation>
    </message>
  </context>
  <context>
    <name>EnergyBanner</name>
    <message>
      <source>⚡ Each time the AI works, you will see here how long it took and how much energy it used.</source>
      <translation>⚡ ทุกครั้งที่ AI ทำงาน จะแสดงตรงนี้ว่าใช้เวลาเท่าไรและใช้พลังงานเท่าไร</translation>
    </message>
    <message>
      <source>⚡ %1 took %2 seconds and used about %3 joules of energy (an estimate).</source>
      <translation>⚡ %1 ใช้เวลา %2 วินาที และใช้พลังงานประมาณ %3 จูล (ค่าประมาณ)</translation>
    </message>
    <message>
      <source>Estimate: the computer time the AI used × %1 watts per busy processor core.</source>
      <translation>วิธีประมาณ: เวลาคอมพิวเตอร์ที่ AI ใช้ × %1 วัตต์ต่อแกนประมวลผลที่ทำงาน</translation>
    </message>
    <message>
      <source>Healing</source>
      <translation>การซ่อมภาพ</translation>
    </message>
    <message>
      <source>Looking at the photo</source>
      <translation>การดูภาพ</translation>
    </message>
    <message>
      <source>Learning</source>
      <translation>การเรียนรู้</translation>
    </message>
    <message>
      <source>Getting the AI ready</source>
      <translation>การเตรียม AI</translation>
    </message>
    <message>
      <source>That is less than an LED light bulb uses in one second.</source>
      <translation>น้อยกว่าที่หลอดไฟ LED ใช้ในหนึ่งวินาที</translation>
    </message>
    <message>
      <source>That is about what an LED light bulb uses in %1 seconds.</source>
      <translation>ประมาณเท่ากับที่หลอดไฟ LED ใช้ใน %1 วินาที</translation>
    </message>
    <message>
      <source>That is about what an LED light bulb uses in %1 minutes.</source>
      <translation>ประมาณเท่ากับที่หลอดไฟ LED ใช้ใน %1 นาที</translation>
    </message>
  </context>
  <context>
    <name>HealExperience</name>
    <message>
        <source>ⓘ AI-restored</source>
        <translation>ⓘ ฟื้นฟูโดย AI</translation>
    </message>
    <message>
        <source>AI-restored: an AI model painted %1 % of this photo where it had scratches and spots. The original is kept unchanged. When a museum saves such a picture, it records what the AI did inside the file (Content Credentials, C2PA), so anyone can check it.</source>
        <translation>ฟื้นฟูโดย AI: โมเดล AI วาดทับ %1 % ของภาพนี้ในจุดที่มีรอยขีดข่วนและคราบ ภาพต้นฉบับยังเก็บไว้เหมือนเดิม เมื่อพิพิธภัณฑ์บันทึกภาพแบบนี้ จะบันทึกสิ่งที่ AI ทำไว้ในไฟล์ (Content Credentials, C2PA) เพื่อให้ทุกคนตรวจสอบได้</translation>
    </message>
    <message>
      <source>Getting the photo ready…</source>
      <translation>กำลังเตรียมภาพ…</translation>
    </message>
    <message>
      <source>The AI is healing…</source>
      <translation>AI กำลังซ่อม…</translation>
    </message>
    <message>
      <source>Healed: %1 % of the photo</source>
      <translation>ซ่อมแล้ว: %1 % ของภาพ</translation>
    </message>
    <message>
      <source>Find a scratch or a spot and rub over it.</source>
      <translation>หารอยขีดข่วนหรือรอยเปื้อน แล้วถูนิ้วบนนั้น</translation>
    </message>
    <message>
      <source>Rub your finger over the scratches and spots. The AI fills them in.</source>
      <translation>ใช้นิ้วถูบนรอยขีดข่วนและรอยเปื้อน แล้ว AI จะเติมให้</translation>
    </message>
    <message>
      <source>Drag the line to compare the photo before and after.</source>
      <translation>ลากเส้นเพื่อเทียบภาพก่อนและหลัง</translation>
    </message>
    <message>
      <source>Blue shows every pixel the AI painted. Everything else is untouched.</source>
      <translation>สีฟ้าคือทุกพิกเซลที่ AI วาดใหม่ ส่วนอื่นไม่ถูกแตะต้อง</translation>
    </message>
    <message>
      <source>Heal the photograph</source>
      <translation>ซ่อมภาพถ่าย</translation>
    </message>
    <message>
      <source>Heal</source>
      <translation>ซ่อม</translation>
    </message>
    <message>
      <source>◐ Before and after</source>
      <translation>◐ ก่อนและหลัง</translation>
    </message>
    <message>
      <source>✦ What the AI changed</source>
      <translation>✦ สิ่งที่ AI เปลี่ยน</translation>
    </message>
    <message>
      <source>↺ Start again</source>
      <translation>↺ เริ่มใหม่</translation>
    </message>
    <message>
      <source>Another photo ▶</source>
      <translation>ภาพอื่น ▶</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>ก่อน</translation>
    </message>
    <message>
      <source>After</source>
      <translation>หลัง</translation>
    </message>
    <message>
      <source>The photo to heal</source>
      <translation>ภาพที่จะซ่อม</translation>
    </message>
  </context>
  <context>
    <name>SeeExperience</name>
    <message>
      <source>Getting the AI ready…</source>
      <translation>กำลังเตรียม AI…</translation>
    </message>
    <message>
      <source>Let me look…</source>
      <translation>ขอดูก่อนนะ…</translation>
    </message>
    <message>
      <source>Pick a photo below.</source>
      <translation>เลือกภาพด้านล่าง</translation>
    </message>
    <message>
      <source>I don't know.</source>
      <translation>ฉันไม่รู้</translation>
    </message>
    <message>
      <source>I think it is: %1</source>
      <translation>ฉันคิดว่าเป็น: %1</translation>
    </message>
    <message>
      <source>Something else: %1 %</source>
      <translation>อย่างอื่น: %1 %</translation>
    </message>
    <message>
      <source>There is almost nothing to see in this photo, so the AI does not guess.</source>
      <translation>ภาพนี้แทบไม่มีอะไรให้ดู AI จึงไม่เดา</translation>
    </message>
    <message>
      <source>None of its guesses is sure enough, so it says so instead of guessing. It only knows the heritage it learned from.</source>
      <translation>ไม่มีคำตอบไหนที่มั่นใจพอ มันจึงบอกตรง ๆ แทนการเดา AI รู้จักเฉพาะมรดกที่เคยเรียนมา</translation>
    </message>
    <message>
      <source>It can be wrong: it learned from drawings and a few photos, so an unusual angle, light or object can fool it.</source>
      <translation>มันอาจผิดได้ เพราะเรียนจากภาพวาดและภาพถ่ายไม่กี่ภาพ มุมกล้อง แสง หรือวัตถุแปลก ๆ จึงหลอกมันได้</translation>
    </message>
    <message>
      <source>What does the AI see?</source>
      <translation>AI มองเห็นอะไร?</translation>
    </message>
    <message>
      <source>Pick a photo. The AI says what it thinks it shows and how sure it is.</source>
      <translation>เลือกภาพ แล้ว AI จะบอกว่าคิดว่าเป็นอะไรและมั่นใจแค่ไหน</translation>
    </message>
    <message>
      <source>Show where the AI looked</source>
      <translation>แสดงจุดที่ AI มอง</translation>
    </message>
    <message>
      <source>The photo the AI looks at</source>
      <translation>ภาพที่ AI กำลังดู</translation>
    </message>
    <message>
      <source>An everyday photo</source>
      <translation>ภาพในชีวิตประจำวัน</translation>
    </message>
  </context>
  <context>
    <name>TeachExperience</name>
    <message>
      <source>Getting the photos ready… %1 %</source>
      <translation>กำลังเตรียมภาพ… %1 %</translation>
    </message>
    <message>
      <source>%1
%2 photos</source>
      <translation>%1
%2 ภาพ</translation>
    </message>
    <message>
      <source>Put the photo in “%1”</source>
      <translation>ใส่ภาพใน “%1”</translation>
    </message>
    <message>
      <source>Photo %1 of %2: is it “%3” or “%4”? Drag it to a side, or tap a side.</source>
      <translation>ภาพที่ %1 จาก %2: เป็น “%3” หรือ “%4”? ลากไปด้านหนึ่ง หรือแตะด้านหนึ่ง</translation>
    </message>
    <message>
      <source>All sorted! Look how well the AI learned.</source>
      <translation>แยกครบแล้ว! ดูสิว่า AI เรียนรู้ได้ดีแค่ไหน</translation>
    </message>
    <message>
      <source>The AI guesses photos it has never seen:</source>
      <translation>AI ทายภาพที่ไม่เคยเห็นมาก่อน:</translation>
    </message>
    <message>
      <source>Sort at least one photo into each side and the AI starts to learn.</source>
      <translation>ใส่ภาพอย่างน้อยด้านละหนึ่งภาพ แล้ว AI จะเริ่มเรียนรู้</translation>
    </message>
    <message>
      <source>After %1 photos the AI gets %2 of %3 right (%4 %).</source>
      <translation>หลังเรียน %1 ภาพ AI ทายถูก %2 จาก %3 ภาพ (%4 %)</translation>
    </message>
    <message>
      <source>Teach the AI</source>
      <translation>สอน AI</translation>
    </message>
    <message>
      <source>Sort photos into two groups. The AI learns from you and guesses new photos.</source>
      <translation>แยกภาพเป็นสองกลุ่ม AI จะเรียนรู้จากคุณแล้วทายภาพใหม่</translation>
    </message>
    <message>
      <source>What should the AI learn to tell apart? Choose two groups:</source>
      <translation>จะให้ AI เรียนแยกอะไร? เลือกสองกลุ่ม:</translation>
    </message>
    <message>
      <source>Choose other groups</source>
      <translation>เลือกกลุ่มอื่น</translation>
    </message>
    <message>
      <source>The photo to sort</source>
      <translation>ภาพที่จะแยก</translation>
    </message>
  </context>
  <context>
    <name>KioskTeachGroups</name>
    <message>
      <source>Stone</source>
      <translation>หิน</translation>
    </message>
    <message>
      <source>Wood</source>
      <translation>ไม้</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>กลางวัน</translation>
    </message>
    <message>
      <source>Night</source>
      <translation>กลางคืน</translation>
    </message>
    <message>
      <source>Treasure</source>
      <translation>สมบัติ</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>สถานที่</translation>
    </message>
    <message>
      <source>Summer</source>
      <translation>ฤดูร้อน</translation>
    </message>
    <message>
      <source>Winter</source>
      <translation>ฤดูหนาว</translation>
    </message>
  </context>
  <context>
    <name>KioskHeritageTypes</name>
    <message>
      <source>Pagoda</source>
      <translation>เจดีย์</translation>
    </message>
    <message>
      <source>Buddhist sculpture</source>
      <translation>ประติมากรรมพุทธ</translation>
    </message>
    <message>
      <source>Temple and hall</source>
      <translation>วัดและอาคาร</translation>
    </message>
    <message>
      <source>Palace and pavilion</source>
      <translation>พระราชวังและศาลา</translation>
    </message>
    <message>
      <source>Royal tomb</source>
      <translation>สุสานหลวง</translation>
    </message>
    <message>
      <source>Bridge</source>
      <translation>สะพาน</translation>
    </message>
    <message>
      <source>Hanok house</source>
      <translation>บ้านฮันอก</translation>
    </message>
    <message>
      <source>Fortress and gate</source>
      <translation>ป้อมและประตูเมือง</translation>
    </message>
    <message>
      <source>Temple bell</source>
      <translation>ระฆังวัด</translation>
    </message>
    <message>
      <source>Crown and jewellery</source>
      <translation>มงกุฎและเครื่องประดับ</translation>
    </message>
    <message>
      <source>Roof tile</source>
      <translation>กระเบื้องหลังคา</translation>
    </message>
    <message>
      <source>Ceramics</source>
      <translation>เครื่องปั้นดินเผา</translation>
    </message>
    <message>
      <source>Stone monument</source>
      <translation>อนุสรณ์หิน</translation>
    </message>
    <message>
      <source>Painting and document</source>
      <translation>ภาพวาดและเอกสาร</translation>
    </message>
  </context>
  <context>
    <name>Experience</name>
    <message>
      <source>Heal the photograph</source>
      <translation>ซ่อมภาพถ่าย</translation>
    </message>
    <message>
      <source>What does the AI see?</source>
      <translation>AI มองเห็นอะไร?</translation>
    </message>
    <message>
      <source>Teach the AI</source>
      <translation>สอน AI</translation>
    </message>
  </context>
</TS>
