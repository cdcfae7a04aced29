<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>AttractScreen</name>
    <message>
      <location filename="../../app/ui/kiosk/attract.py" />
      <source>Gyeongju Heritage AI</source>
      <translation>AI Warisan Gyeongju</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/attract.py" />
      <source>Watch the AI repair an aged picture of Silla heritage</source>
      <translation>Lihat AI memperbaiki gambar lama warisan Silla</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>Explore Silla heritage with AI</source>
      <translation>Jelajahi warisan Silla bersama AI</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>Choose something to try. Touch a language above at any time.</source>
      <translation>Pilih yang ingin dicoba. Sentuh bahasa di atas kapan saja.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>New activities are being prepared. Please come back soon.</source>
      <translation>Aktivitas baru sedang disiapkan. Silakan kembali lagi nanti.</translation>
    </message>
  </context>
  <context>
    <name>IdleOverlay</name>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Still there?</source>
      <translation>Masih di sana?</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Touch the screen to keep going. Otherwise we will start over for the next visitor.</source>
      <translation>Sentuh layar untuk melanjutkan. Jika tidak, kami akan mulai lagi untuk pengunjung berikutnya.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>I'm still here</source>
      <translation>Saya masih di sini</translation>
    </message>
  </context>
  <context>
    <name>RestingCard</name>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>This activity is resting</source>
      <translation>Aktivitas ini sedang beristirahat</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>It will be back soon. Please try another one.</source>
      <translation>Segera kembali. Silakan coba yang lain.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Back to the start</source>
      <translation>Kembali ke awal</translation>
    </message>
  </context>
  <context>
    <name>ExperienceHost</name>
    <message>
      <location filename="../../app/ui/kiosk/window.py" />
      <source>Home</source>
      <translation>Beranda</translation>
    </message>
  </context>
  <context>
    <name>PinPad</name>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>That PIN is not right. Please try again.</source>
      <translation>PIN salah. Silakan coba lagi.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Too many tries. Please wait a minute.</source>
      <translation>Terlalu banyak percobaan. Tunggu satu menit.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>No PIN is set yet: the PIN is 0000 until you set one.</source>
      <translation>PIN belum diatur: PIN-nya 0000 sampai Anda mengaturnya.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Staff only</source>
      <translation>Khusus petugas</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Clear</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>OK</source>
      <translation>Oke</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>PIN</source>
      <translation>Kode PIN</translation>
    </message>
  </context>
  <context>
    <name>OperatorPanel</name>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>The statistics could not be saved: %1</source>
      <translation>Statistik tidak dapat disimpan: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Saved to %1</source>
      <translation>Disimpan ke %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Operator panel</source>
      <translation>Panel operator</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Language at the start of each visit</source>
      <translation>Bahasa di awal setiap kunjungan</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Activities shown to visitors</source>
      <translation>Aktivitas yang ditampilkan</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Seconds without a touch before “Still there?”</source>
      <translation>Detik tanpa sentuhan sebelum “Masih di sana?”</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Seconds of the “Still there?” countdown</source>
      <translation>Detik hitung mundur “Masih di sana?”</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Large text</source>
      <translation>Teks besar</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>High contrast</source>
      <translation>Kontras tinggi</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Pictures come from: %1</source>
      <translation>Gambar berasal dari: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Export statistics (CSV)</source>
      <translation>Ekspor statistik (CSV)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Reload pictures</source>
      <translation>Muat ulang gambar</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Quit the kiosk</source>
      <translation>Keluar dari kios</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Visitors: %1</source>
      <translation>Pengunjung: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>%1: %2 visits, %3 s on average</source>
      <translation>%1: %2 kunjungan, rata-rata %3 dtk</translation>
    </message>
  </context>
  <context>
    <name>AiExperience</name>
    <message>
      <source>◀ Back</source>
      <translation>◀ Kembali</translation>
    </message>
    <message>
      <source>Back to the start</source>
      <translation>Kembali ke awal</translation>
    </message>
    <message>
      <source>This activity is resting</source>
      <translation>Aktivitas ini sedang beristirahat</translation>
    </message>
    <message>
      <source>Its AI could not start. Please try another activity.</source>
      <translation>AI-nya tidak bisa dimulai. Silakan coba aktivitas lain.</translation>
    </message>
  </context>
  <context>
    <name>EnergyBanner</name>
    <message>
      <source>⚡ Each time the AI works, you will see here how long it took and how much energy it used.</source>
      <translation>⚡ Setiap kali AI bekerja, di sini terlihat berapa lama dan berapa banyak energi yang dipakai.</translation>
    </message>
    <message>
      <source>⚡ %1 took %2 seconds and used about %3 joules of energy (an estimate).</source>
      <translation>⚡ %1 butuh %2 detik dan memakai sekitar %3 joule energi (perkiraan).</translation>
    </message>
    <message>
      <source>Estimate: the computer time the AI used × %1 watts per busy processor core.</source>
      <translation>Perkiraan: waktu komputer yang dipakai AI × %1 watt per inti prosesor yang sibuk.</translation>
    </message>
    <message>
      <source>Healing</source>
      <translation>Perbaikan</translation>
    </message>
    <message>
      <source>Looking at the photo</source>
      <translation>Melihat foto</translation>
    </message>
    <message>
      <source>Learning</source>
      <translation>Belajar</translation>
    </message>
    <message>
      <source>Getting the AI ready</source>
      <translation>Menyiapkan AI</translation>
    </message>
    <message>
      <source>That is less than an LED light bulb uses in one second.</source>
      <translation>Itu lebih sedikit daripada yang dipakai lampu LED dalam satu detik.</translation>
    </message>
    <message>
      <source>That is about what an LED light bulb uses in %1 seconds.</source>
      <translation>Kira-kira sebanyak yang dipakai lampu LED dalam %1 detik.</translation>
    </message>
    <message>
      <source>That is about what an LED light bulb uses in %1 minutes.</source>
      <translation>Kira-kira sebanyak yang dipakai lampu LED dalam %1 menit.</translation>
    </message>
  </context>
  <context>
    <name>HealExperience</name>
    <message>
        <source>ⓘ AI-restored</source>
        <translation>ⓘ Dipulihkan AI</translation>
    </message>
    <message>
        <source>AI-restored: an AI model painted %1 % of this photo where it had scratches and spots. The original is kept unchanged. When a museum saves such a picture, it records what the AI did inside the file (Content Credentials, C2PA), so anyone can check it.</source>
        <translation>Dipulihkan AI: sebuah model AI melukis ulang %1 % foto ini di bagian yang tergores dan bernoda. Foto asli tetap disimpan tanpa perubahan. Saat museum menyimpan gambar seperti ini, museum mencatat apa yang dilakukan AI di dalam berkasnya (Content Credentials, C2PA) agar siapa pun bisa memeriksanya.</translation>
    </message>
    <message>
      <source>Getting the photo ready…</source>
      <translation>Menyiapkan foto…</translation>
    </message>
    <message>
      <source>The AI is healing…</source>
      <translation>AI sedang memperbaiki…</translation>
    </message>
    <message>
      <source>Healed: %1 % of the photo</source>
      <translation>Sudah diperbaiki: %1 % foto</translation>
    </message>
    <message>
      <source>Find a scratch or a spot and rub over it.</source>
      <translation>Cari goresan atau noda, lalu usap di atasnya.</translation>
    </message>
    <message>
      <source>Rub your finger over the scratches and spots. The AI fills them in.</source>
      <translation>Usap goresan dan noda dengan jarimu. AI akan mengisinya.</translation>
    </message>
    <message>
      <source>Drag the line to compare the photo before and after.</source>
      <translation>Geser garisnya untuk membandingkan foto sebelum dan sesudah.</translation>
    </message>
    <message>
      <source>Blue shows every pixel the AI painted. Everything else is untouched.</source>
      <translation>Biru menandai setiap piksel yang dilukis AI. Selebihnya tidak diubah.</translation>
    </message>
    <message>
      <source>Heal the photograph</source>
      <translation>Perbaiki foto</translation>
    </message>
    <message>
      <source>Heal</source>
      <translation>Perbaiki</translation>
    </message>
    <message>
      <source>◐ Before and after</source>
      <translation>◐ Sebelum dan sesudah</translation>
    </message>
    <message>
      <source>✦ What the AI changed</source>
      <translation>✦ Yang diubah AI</translation>
    </message>
    <message>
      <source>↺ Start again</source>
      <translation>↺ Mulai lagi</translation>
    </message>
    <message>
      <source>Another photo ▶</source>
      <translation>Foto lain ▶</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Sebelum</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Sesudah</translation>
    </message>
    <message>
      <source>The photo to heal</source>
      <translation>Foto yang akan diperbaiki</translation>
    </message>
  </context>
  <context>
    <name>SeeExperience</name>
    <message>
      <source>Getting the AI ready…</source>
      <translation>Menyiapkan AI…</translation>
    </message>
    <message>
      <source>Let me look…</source>
      <translation>Coba kulihat…</translation>
    </message>
    <message>
      <source>Pick a photo below.</source>
      <translation>Pilih foto di bawah.</translation>
    </message>
    <message>
      <source>I don't know.</source>
      <translation>Saya tidak tahu.</translation>
    </message>
    <message>
      <source>I think it is: %1</source>
      <translation>Menurut saya ini: %1</translation>
    </message>
    <message>
      <source>Something else: %1 %</source>
      <translation>Hal lain: %1 %</translation>
    </message>
    <message>
      <source>There is almost nothing to see in this photo, so the AI does not guess.</source>
      <translation>Hampir tidak ada yang terlihat di foto ini, jadi AI tidak menebak.</translation>
    </message>
    <message>
      <source>None of its guesses is sure enough, so it says so instead of guessing. It only knows the heritage it learned from.</source>
      <translation>Tidak ada tebakannya yang cukup yakin, jadi ia mengatakannya alih-alih menebak. Ia hanya mengenal warisan yang pernah dipelajarinya.</translation>
    </message>
    <message>
      <source>It can be wrong: it learned from drawings and a few photos, so an unusual angle, light or object can fool it.</source>
      <translation>Ia bisa salah: ia belajar dari gambar dan sedikit foto, jadi sudut, cahaya, atau benda yang tak biasa bisa mengecohnya.</translation>
    </message>
    <message>
      <source>What does the AI see?</source>
      <translation>Apa yang dilihat AI?</translation>
    </message>
    <message>
      <source>Pick a photo. The AI says what it thinks it shows and how sure it is.</source>
      <translation>Pilih foto. AI akan bilang menurutnya foto itu apa dan seberapa yakin.</translation>
    </message>
    <message>
      <source>Show where the AI looked</source>
      <translation>Tunjukkan bagian yang dilihat AI</translation>
    </message>
    <message>
      <source>The photo the AI looks at</source>
      <translation>Foto yang dilihat AI</translation>
    </message>
    <message>
      <source>An everyday photo</source>
      <translation>Foto sehari-hari</translation>
    </message>
  </context>
  <context>
    <name>TeachExperience</name>
    <message>
      <source>Getting the photos ready… %1 %</source>
      <translation>Menyiapkan foto… %1 %</translation>
    </message>
    <message>
      <source>%1
%2 photos</source>
      <translation>%1
%2 foto</translation>
    </message>
    <message>
      <source>Put the photo in “%1”</source>
      <translation>Masukkan foto ke “%1”</translation>
    </message>
    <message>
      <source>Photo %1 of %2: is it “%3” or “%4”? Drag it to a side, or tap a side.</source>
      <translation>Foto %1 dari %2: “%3” atau “%4”? Seret ke satu sisi, atau ketuk satu sisi.</translation>
    </message>
    <message>
      <source>All sorted! Look how well the AI learned.</source>
      <translation>Semua sudah dipilah! Lihat seberapa baik AI belajar.</translation>
    </message>
    <message>
      <source>The AI guesses photos it has never seen:</source>
      <translation>AI menebak foto yang belum pernah dilihatnya:</translation>
    </message>
    <message>
      <source>Sort at least one photo into each side and the AI starts to learn.</source>
      <translation>Masukkan setidaknya satu foto ke tiap sisi dan AI mulai belajar.</translation>
    </message>
    <message>
      <source>After %1 photos the AI gets %2 of %3 right (%4 %).</source>
      <translation>Setelah %1 foto, AI menebak benar %2 dari %3 (%4 %).</translation>
    </message>
    <message>
      <source>Teach the AI</source>
      <translation>Ajari AI</translation>
    </message>
    <message>
      <source>Sort photos into two groups. The AI learns from you and guesses new photos.</source>
      <translation>Pilah foto ke dua kelompok. AI belajar darimu dan menebak foto baru.</translation>
    </message>
    <message>
      <source>What should the AI learn to tell apart? Choose two groups:</source>
      <translation>Apa yang harus dibedakan AI? Pilih dua kelompok:</translation>
    </message>
    <message>
      <source>Choose other groups</source>
      <translation>Pilih kelompok lain</translation>
    </message>
    <message>
      <source>The photo to sort</source>
      <translation>Foto yang akan dipilah</translation>
    </message>
  </context>
  <context>
    <name>KioskTeachGroups</name>
    <message>
      <source>Stone</source>
      <translation>Batu</translation>
    </message>
    <message>
      <source>Wood</source>
      <translation>Kayu</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Siang</translation>
    </message>
    <message>
      <source>Night</source>
      <translation>Malam</translation>
    </message>
    <message>
      <source>Treasure</source>
      <translation>Harta karun</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Tempat</translation>
    </message>
    <message>
      <source>Summer</source>
      <translation>Musim panas</translation>
    </message>
    <message>
      <source>Winter</source>
      <translation>Musim dingin</translation>
    </message>
  </context>
  <context>
    <name>KioskHeritageTypes</name>
    <message>
      <source>Pagoda</source>
      <translation>Pagoda</translation>
    </message>
    <message>
      <source>Buddhist sculpture</source>
      <translation>Patung Buddha</translation>
    </message>
    <message>
      <source>Temple and hall</source>
      <translation>Kuil dan balai</translation>
    </message>
    <message>
      <source>Palace and pavilion</source>
      <translation>Istana dan paviliun</translation>
    </message>
    <message>
      <source>Royal tomb</source>
      <translation>Makam kerajaan</translation>
    </message>
    <message>
      <source>Bridge</source>
      <translation>Jembatan</translation>
    </message>
    <message>
      <source>Hanok house</source>
      <translation>Rumah hanok</translation>
    </message>
    <message>
      <source>Fortress and gate</source>
      <translation>Benteng dan gerbang</translation>
    </message>
    <message>
      <source>Temple bell</source>
      <translation>Lonceng kuil</translation>
    </message>
    <message>
      <source>Crown and jewellery</source>
      <translation>Mahkota dan perhiasan</translation>
    </message>
    <message>
      <source>Roof tile</source>
      <translation>Genteng</translation>
    </message>
    <message>
      <source>Ceramics</source>
      <translation>Keramik</translation>
    </message>
    <message>
      <source>Stone monument</source>
      <translation>Monumen batu</translation>
    </message>
    <message>
      <source>Painting and document</source>
      <translation>Lukisan dan dokumen</translation>
    </message>
  </context>
  <context>
    <name>Experience</name>
    <message>
      <source>Heal the photograph</source>
      <translation>Perbaiki foto</translation>
    </message>
    <message>
      <source>What does the AI see?</source>
      <translation>Apa yang dilihat AI?</translation>
    </message>
    <message>
      <source>Teach the AI</source>
      <translation>Ajari AI</translation>
    </message>
  </context>
</TS>
