<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>AttractScreen</name>
    <message>
      <location filename="../../app/ui/kiosk/attract.py" />
      <source>Gyeongju Heritage AI</source>
      <translation>AI Di sản Gyeongju</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/attract.py" />
      <source>Watch the AI repair an aged picture of Silla heritage</source>
      <translation>Xem AI phục hồi một bức ảnh cũ về di sản Silla</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>Explore Silla heritage with AI</source>
      <translation>Khám phá di sản Silla cùng AI</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>Choose something to try. Touch a language above at any time.</source>
      <translation>Chọn một hoạt động để thử. Chạm vào ngôn ngữ ở trên bất cứ lúc nào.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>New activities are being prepared. Please come back soon.</source>
      <translation>Các hoạt động mới đang được chuẩn bị. Hãy quay lại sớm nhé.</translation>
    </message>
  </context>
  <context>
    <name>IdleOverlay</name>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Still there?</source>
      <translation>Bạn vẫn ở đây chứ?</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Touch the screen to keep going. Otherwise we will start over for the next visitor.</source>
      <translation>Chạm vào màn hình để tiếp tục. Nếu không, chúng tôi sẽ bắt đầu lại cho khách tiếp theo.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>I'm still here</source>
      <translation>Tôi vẫn ở đây</translation>
    </message>
  </context>
  <context>
    <name>RestingCard</name>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>This activity is resting</source>
      <translation>Hoạt động này đang tạm nghỉ</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>It will be back soon. Please try another one.</source>
      <translation>Hoạt động sẽ sớm trở lại. Hãy thử một hoạt động khác.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Back to the start</source>
      <translation>Về trang đầu</translation>
    </message>
  </context>
  <context>
    <name>ExperienceHost</name>
    <message>
      <location filename="../../app/ui/kiosk/window.py" />
      <source>Home</source>
      <translation>Trang đầu</translation>
    </message>
  </context>
  <context>
    <name>PinPad</name>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>That PIN is not right. Please try again.</source>
      <translation>Mã PIN không đúng. Vui lòng thử lại.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Too many tries. Please wait a minute.</source>
      <translation>Thử quá nhiều lần. Vui lòng đợi một phút.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>No PIN is set yet: the PIN is 0000 until you set one.</source>
      <translation>Chưa đặt mã PIN: mã PIN là 0000 cho đến khi bạn đặt.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Staff only</source>
      <translation>Chỉ dành cho nhân viên</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Clear</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>PIN</source>
      <translation>Mã PIN</translation>
    </message>
  </context>
  <context>
    <name>OperatorPanel</name>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>The statistics could not be saved: %1</source>
      <translation>Không lưu được thống kê: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Saved to %1</source>
      <translation>Đã lưu vào %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Operator panel</source>
      <translation>Bảng điều khiển</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Language at the start of each visit</source>
      <translation>Ngôn ngữ khi bắt đầu mỗi lượt</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Activities shown to visitors</source>
      <translation>Các hoạt động hiển thị cho khách</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Seconds without a touch before “Still there?”</source>
      <translation>Số giây không chạm trước khi hỏi “Bạn vẫn ở đây chứ?”</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Seconds of the “Still there?” countdown</source>
      <translation>Số giây đếm ngược “Bạn vẫn ở đây chứ?”</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Large text</source>
      <translation>Chữ lớn</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>High contrast</source>
      <translation>Độ tương phản cao</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Pictures come from: %1</source>
      <translation>Ảnh lấy từ: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Export statistics (CSV)</source>
      <translation>Xuất thống kê (CSV)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Reload pictures</source>
      <translation>Tải lại ảnh</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Quit the kiosk</source>
      <translation>Thoát ki-ốt</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Visitors: %1</source>
      <translation>Lượt khách: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>%1: %2 visits, %3 s on average</source>
      <translation>%1: %2 lượt, trung bình %3 giây</translation>
    </message>
  </context>
  <context>
    <name>AiExperience</name>
    <message>
      <source>◀ Back</source>
      <translation>◀ Quay lại</translation>
    </message>
    <message>
      <source>Back to the start</source>
      <translation>Về màn hình đầu</translation>
    </message>
    <message>
      <source>This activity is resting</source>
      <translation>Hoạt động này đang tạm nghỉ</translation>
    </message>
    <message>
      <source>Its AI could not start. Please try another activity.</source>
      <translation>AI của hoạt động này chưa khởi động được. Hãy thử hoạt động khác.</translation>
    </message>
  </context>
  <context>
    <name>EnergyBanner</name>
    <message>
      <source>⚡ Each time the AI works, you will see here how long it took and how much energy it used.</source>
      <translation>⚡ Mỗi lần AI làm việc, bạn sẽ thấy ở đây nó mất bao lâu và dùng bao nhiêu năng lượng.</translation>
    </message>
    <message>
      <source>⚡ %1 took %2 seconds and used about %3 joules of energy (an estimate).</source>
      <translation>⚡ %1 mất %2 giây và dùng khoảng %3 jun năng lượng (ước tính).</translation>
    </message>
    <message>
      <source>Estimate: the computer time the AI used × %1 watts per busy processor core.</source>
      <translation>Ước tính: thời gian máy tính AI đã dùng × %1 oát cho mỗi lõi bộ xử lý đang chạy.</translation>
    </message>
    <message>
      <source>Healing</source>
      <translation>Việc phục hồi</translation>
    </message>
    <message>
      <source>Looking at the photo</source>
      <translation>Việc xem ảnh</translation>
    </message>
    <message>
      <source>Learning</source>
      <translation>Việc học</translation>
    </message>
    <message>
      <source>Getting the AI ready</source>
      <translation>Việc chuẩn bị AI</translation>
    </message>
    <message>
      <source>That is less than an LED light bulb uses in one second.</source>
      <translation>Ít hơn lượng một bóng đèn LED dùng trong một giây.</translation>
    </message>
    <message>
      <source>That is about what an LED light bulb uses in %1 seconds.</source>
      <translation>Khoảng bằng lượng một bóng đèn LED dùng trong %1 giây.</translation>
    </message>
    <message>
      <source>That is about what an LED light bulb uses in %1 minutes.</source>
      <translation>Khoảng bằng lượng một bóng đèn LED dùng trong %1 phút.</translation>
    </message>
  </context>
  <context>
    <name>HealExperience</name>
    <message>
        <source>ⓘ AI-restored</source>
        <translation>ⓘ AI đã phục hồi</translation>
    </message>
    <message>
        <source>AI-restored: an AI model painted %1 % of this photo where it had scratches and spots. The original is kept unchanged. When a museum saves such a picture, it records what the AI did inside the file (Content Credentials, C2PA), so anyone can check it.</source>
        <translation>AI đã phục hồi: một mô hình AI đã vẽ lại %1 % bức ảnh này, ở những chỗ có vết xước và vết bẩn. Ảnh gốc được giữ nguyên. Khi bảo tàng lưu một bức ảnh như vậy, họ ghi lại những gì AI đã làm ngay trong tệp (Content Credentials, C2PA) để ai cũng có thể kiểm tra.</translation>
    </message>
    <message>
      <source>Getting the photo ready…</source>
      <translation>Đang chuẩn bị ảnh…</translation>
    </message>
    <message>
      <source>The AI is healing…</source>
      <translation>AI đang phục hồi…</translation>
    </message>
    <message>
      <source>Healed: %1 % of the photo</source>
      <translation>Đã phục hồi: %1 % bức ảnh</translation>
    </message>
    <message>
      <source>Find a scratch or a spot and rub over it.</source>
      <translation>Hãy tìm một vết xước hay vết bẩn rồi xoa lên đó.</translation>
    </message>
    <message>
      <source>Rub your finger over the scratches and spots. The AI fills them in.</source>
      <translation>Xoa ngón tay lên các vết xước và vết bẩn. AI sẽ lấp chúng lại.</translation>
    </message>
    <message>
      <source>Drag the line to compare the photo before and after.</source>
      <translation>Kéo đường kẻ để so sánh ảnh trước và sau.</translation>
    </message>
    <message>
      <source>Blue shows every pixel the AI painted. Everything else is untouched.</source>
      <translation>Màu xanh là mọi điểm ảnh AI đã vẽ. Phần còn lại giữ nguyên.</translation>
    </message>
    <message>
      <source>Heal the photograph</source>
      <translation>Phục hồi bức ảnh</translation>
    </message>
    <message>
      <source>Heal</source>
      <translation>Phục hồi</translation>
    </message>
    <message>
      <source>◐ Before and after</source>
      <translation>◐ Trước và sau</translation>
    </message>
    <message>
      <source>✦ What the AI changed</source>
      <translation>✦ AI đã thay đổi gì</translation>
    </message>
    <message>
      <source>↺ Start again</source>
      <translation>↺ Làm lại</translation>
    </message>
    <message>
      <source>Another photo ▶</source>
      <translation>Ảnh khác ▶</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Trước</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Sau</translation>
    </message>
    <message>
      <source>The photo to heal</source>
      <translation>Bức ảnh cần phục hồi</translation>
    </message>
  </context>
  <context>
    <name>SeeExperience</name>
    <message>
      <source>Getting the AI ready…</source>
      <translation>Đang chuẩn bị AI…</translation>
    </message>
    <message>
      <source>Let me look…</source>
      <translation>Để tôi xem…</translation>
    </message>
    <message>
      <source>Pick a photo below.</source>
      <translation>Hãy chọn một ảnh bên dưới.</translation>
    </message>
    <message>
      <source>I don't know.</source>
      <translation>Tôi không biết.</translation>
    </message>
    <message>
      <source>I think it is: %1</source>
      <translation>Tôi nghĩ đây là: %1</translation>
    </message>
    <message>
      <source>Something else: %1 %</source>
      <translation>Thứ khác: %1 %</translation>
    </message>
    <message>
      <source>There is almost nothing to see in this photo, so the AI does not guess.</source>
      <translation>Bức ảnh này gần như không có gì để nhìn, nên AI không đoán.</translation>
    </message>
    <message>
      <source>None of its guesses is sure enough, so it says so instead of guessing. It only knows the heritage it learned from.</source>
      <translation>Không câu trả lời nào đủ chắc chắn, nên nó nói thật thay vì đoán. Nó chỉ biết những di sản nó đã được học.</translation>
    </message>
    <message>
      <source>It can be wrong: it learned from drawings and a few photos, so an unusual angle, light or object can fool it.</source>
      <translation>Nó có thể sai: nó học từ hình vẽ và vài bức ảnh, nên một góc chụp, ánh sáng hay đồ vật lạ có thể đánh lừa nó.</translation>
    </message>
    <message>
      <source>What does the AI see?</source>
      <translation>AI nhìn thấy gì?</translation>
    </message>
    <message>
      <source>Pick a photo. The AI says what it thinks it shows and how sure it is.</source>
      <translation>Chọn một ảnh. AI sẽ nói nó nghĩ ảnh chụp gì và chắc chắn đến đâu.</translation>
    </message>
    <message>
      <source>Show where the AI looked</source>
      <translation>Xem AI đã nhìn vào đâu</translation>
    </message>
    <message>
      <source>The photo the AI looks at</source>
      <translation>Bức ảnh AI đang xem</translation>
    </message>
    <message>
      <source>An everyday photo</source>
      <translation>Một bức ảnh đời thường</translation>
    </message>
  </context>
  <context>
    <name>TeachExperience</name>
    <message>
      <source>Getting the photos ready… %1 %</source>
      <translation>Đang chuẩn bị ảnh… %1 %</translation>
    </message>
    <message>
      <source>%1
%2 photos</source>
      <translation>%1
%2 ảnh</translation>
    </message>
    <message>
      <source>Put the photo in “%1”</source>
      <translation>Đặt ảnh vào “%1”</translation>
    </message>
    <message>
      <source>Photo %1 of %2: is it “%3” or “%4”? Drag it to a side, or tap a side.</source>
      <translation>Ảnh %1/%2: là “%3” hay “%4”? Kéo sang một bên, hoặc chạm vào một bên.</translation>
    </message>
    <message>
      <source>All sorted! Look how well the AI learned.</source>
      <translation>Đã phân loại xong! Xem AI đã học tốt thế nào.</translation>
    </message>
    <message>
      <source>The AI guesses photos it has never seen:</source>
      <translation>AI đoán những ảnh nó chưa từng thấy:</translation>
    </message>
    <message>
      <source>Sort at least one photo into each side and the AI starts to learn.</source>
      <translation>Đặt ít nhất một ảnh vào mỗi bên là AI bắt đầu học.</translation>
    </message>
    <message>
      <source>After %1 photos the AI gets %2 of %3 right (%4 %).</source>
      <translation>Sau %1 ảnh, AI đoán đúng %2 trên %3 (%4 %).</translation>
    </message>
    <message>
      <source>Teach the AI</source>
      <translation>Dạy AI</translation>
    </message>
    <message>
      <source>Sort photos into two groups. The AI learns from you and guesses new photos.</source>
      <translation>Chia ảnh thành hai nhóm. AI học từ bạn và đoán ảnh mới.</translation>
    </message>
    <message>
      <source>What should the AI learn to tell apart? Choose two groups:</source>
      <translation>AI nên học cách phân biệt gì? Hãy chọn hai nhóm:</translation>
    </message>
    <message>
      <source>Choose other groups</source>
      <translation>Chọn nhóm khác</translation>
    </message>
    <message>
      <source>The photo to sort</source>
      <translation>Bức ảnh cần phân loại</translation>
    </message>
  </context>
  <context>
    <name>KioskTeachGroups</name>
    <message>
      <source>Stone</source>
      <translation>Đá</translation>
    </message>
    <message>
      <source>Wood</source>
      <translation>Gỗ</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Ban ngày</translation>
    </message>
    <message>
      <source>Night</source>
      <translation>Ban đêm</translation>
    </message>
    <message>
      <source>Treasure</source>
      <translation>Bảo vật</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Địa danh</translation>
    </message>
    <message>
      <source>Summer</source>
      <translation>Mùa hè</translation>
    </message>
    <message>
      <source>Winter</source>
      <translation>Mùa đông</translation>
    </message>
  </context>
  <context>
    <name>KioskHeritageTypes</name>
    <message>
      <source>Pagoda</source>
      <translation>Tháp</translation>
    </message>
    <message>
      <source>Buddhist sculpture</source>
      <translation>Tượng Phật giáo</translation>
    </message>
    <message>
      <source>Temple and hall</source>
      <translation>Chùa và điện</translation>
    </message>
    <message>
      <source>Palace and pavilion</source>
      <translation>Cung điện và lầu gác</translation>
    </message>
    <message>
      <source>Royal tomb</source>
      <translation>Lăng mộ hoàng gia</translation>
    </message>
    <message>
      <source>Bridge</source>
      <translation>Cây cầu</translation>
    </message>
    <message>
      <source>Hanok house</source>
      <translation>Nhà hanok</translation>
    </message>
    <message>
      <source>Fortress and gate</source>
      <translation>Thành lũy và cổng</translation>
    </message>
    <message>
      <source>Temple bell</source>
      <translation>Chuông chùa</translation>
    </message>
    <message>
      <source>Crown and jewellery</source>
      <translation>Vương miện và trang sức</translation>
    </message>
    <message>
      <source>Roof tile</source>
      <translation>Ngói</translation>
    </message>
    <message>
      <source>Ceramics</source>
      <translation>Gốm sứ</translation>
    </message>
    <message>
      <source>Stone monument</source>
      <translation>Công trình đá</translation>
    </message>
    <message>
      <source>Painting and document</source>
      <translation>Tranh và tư liệu</translation>
    </message>
  </context>
  <context>
    <name>Experience</name>
    <message>
      <source>Heal the photograph</source>
      <translation>Phục hồi bức ảnh</translation>
    </message>
    <message>
      <source>What does the AI see?</source>
      <translation>AI nhìn thấy gì?</translation>
    </message>
    <message>
      <source>Teach the AI</source>
      <translation>Dạy AI</translation>
    </message>
  </context>
</TS>
