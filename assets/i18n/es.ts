<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
  <context>
    <name>AttractScreen</name>
    <message>
      <location filename="../../app/ui/kiosk/attract.py" />
      <source>Gyeongju Heritage AI</source>
      <translation>IA del patrimonio de Gyeongju</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/attract.py" />
      <source>Watch the AI repair an aged picture of Silla heritage</source>
      <translation>Mira cómo la IA repara una imagen antigua del patrimonio de Silla</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>Explore Silla heritage with AI</source>
      <translation>Explora el patrimonio de Silla con IA</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>Choose something to try. Touch a language above at any time.</source>
      <translation>Elige qué probar. Toca un idioma arriba cuando quieras.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/home.py" />
      <source>New activities are being prepared. Please come back soon.</source>
      <translation>Estamos preparando nuevas actividades. Vuelve pronto.</translation>
    </message>
  </context>
  <context>
    <name>IdleOverlay</name>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Still there?</source>
      <translation>¿Sigues ahí?</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Touch the screen to keep going. Otherwise we will start over for the next visitor.</source>
      <translation>Toca la pantalla para seguir. Si no, empezaremos de nuevo para el siguiente visitante.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>I'm still here</source>
      <translation>Sigo aquí</translation>
    </message>
  </context>
  <context>
    <name>RestingCard</name>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>This activity is resting</source>
      <translation>Esta actividad está descansando</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>It will be back soon. Please try another one.</source>
      <translation>Volverá pronto. Prueba otra.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/overlays.py" />
      <source>Back to the start</source>
      <translation>Volver al inicio</translation>
    </message>
  </context>
  <context>
    <name>ExperienceHost</name>
    <message>
      <location filename="../../app/ui/kiosk/window.py" />
      <source>Home</source>
      <translation>Inicio</translation>
    </message>
  </context>
  <context>
    <name>PinPad</name>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>That PIN is not right. Please try again.</source>
      <translation>Ese PIN no es correcto. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Too many tries. Please wait a minute.</source>
      <translation>Demasiados intentos. Espera un minuto.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>No PIN is set yet: the PIN is 0000 until you set one.</source>
      <translation>Aún no hay PIN: es 0000 hasta que pongas uno.</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Staff only</source>
      <translation>Solo personal</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Clear</source>
      <translation>Borrar</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>OK</source>
      <translation>Aceptar</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>PIN</source>
      <translation>Código PIN</translation>
    </message>
  </context>
  <context>
    <name>OperatorPanel</name>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>The statistics could not be saved: %1</source>
      <translation>No se pudieron guardar las estadísticas: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Saved to %1</source>
      <translation>Guardado en %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Operator panel</source>
      <translation>Panel de operador</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Language at the start of each visit</source>
      <translation>Idioma al empezar cada visita</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Activities shown to visitors</source>
      <translation>Actividades que ven los visitantes</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Seconds without a touch before “Still there?”</source>
      <translation>Segundos sin tocar antes de “¿Sigues ahí?”</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Seconds of the “Still there?” countdown</source>
      <translation>Segundos de la cuenta atrás de “¿Sigues ahí?”</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Large text</source>
      <translation>Texto grande</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>High contrast</source>
      <translation>Alto contraste</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Pictures come from: %1</source>
      <translation>Las imágenes vienen de: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Export statistics (CSV)</source>
      <translation>Exportar estadísticas (CSV)</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Reload pictures</source>
      <translation>Recargar imágenes</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Quit the kiosk</source>
      <translation>Salir del quiosco</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>Visitors: %1</source>
      <translation>Visitantes: %1</translation>
    </message>
    <message>
      <location filename="../../app/ui/kiosk/operator.py" />
      <source>%1: %2 visits, %3 s on average</source>
      <translation>%1: %2 visitas, %3 s de media</translation>
    </message>
  </context>
  <context>
    <name>AiExperience</name>
    <message>
      <source>◀ Back</source>
      <translation>◀ Volver</translation>
    </message>
    <message>
      <source>Back to the start</source>
      <translation>Volver al inicio</translation>
    </message>
    <message>
      <source>This activity is resting</source>
      <translation>Esta actividad está descansando</translation>
    </message>
    <message>
      <source>Its AI could not start. Please try another activity.</source>
      <translation>Su IA no pudo arrancar. Prueba otra actividad.</translation>
    </message>
  </context>
  <context>
    <name>EnergyBanner</name>
    <message>
      <source>⚡ Each time the AI works, you will see here how long it took and how much energy it used.</source>
      <translation>⚡ Cada vez que la IA trabaje, verás aquí cuánto tardó y cuánta energía usó.</translation>
    </message>
    <message>
      <source>⚡ %1 took %2 seconds and used about %3 joules of energy (an estimate).</source>
      <translation>⚡ %1 tardó %2 segundos y usó unos %3 julios de energía (una estimación).</translation>
    </message>
    <message>
      <source>Estimate: the computer time the AI used × %1 watts per busy processor core.</source>
      <translation>Estimación: tiempo de cómputo de la IA × %1 vatios por núcleo de procesador ocupado.</translation>
    </message>
    <message>
      <source>Healing</source>
      <translation>La reparación</translation>
    </message>
    <message>
      <source>Looking at the photo</source>
      <translation>Mirar la foto</translation>
    </message>
    <message>
      <source>Learning</source>
      <translation>El aprendizaje</translation>
    </message>
    <message>
      <source>Getting the AI ready</source>
      <translation>Preparar la IA</translation>
    </message>
    <message>
      <source>That is less than an LED light bulb uses in one second.</source>
      <translation>Es menos de lo que gasta una bombilla LED en un segundo.</translation>
    </message>
    <message>
      <source>That is about what an LED light bulb uses in %1 seconds.</source>
      <translation>Es más o menos lo que gasta una bombilla LED en %1 segundos.</translation>
    </message>
    <message>
      <source>That is about what an LED light bulb uses in %1 minutes.</source>
      <translation>Es más o menos lo que gasta una bombilla LED en %1 minutos.</translation>
    </message>
  </context>
  <context>
    <name>HealExperience</name>
    <message>
        <source>ⓘ AI-restored</source>
        <translation>ⓘ Restaurada por IA</translation>
    </message>
    <message>
        <source>AI-restored: an AI model painted %1 % of this photo where it had scratches and spots. The original is kept unchanged. When a museum saves such a picture, it records what the AI did inside the file (Content Credentials, C2PA), so anyone can check it.</source>
        <translation>Restaurada por IA: un modelo de IA pintó el %1 % de esta foto, donde había rayas y manchas. La original se conserva sin cambios. Cuando un museo guarda una imagen así, registra dentro del archivo lo que hizo la IA (Content Credentials, C2PA), para que cualquiera pueda comprobarlo.</translation>
    </message>
    <message>
      <source>Getting the photo ready…</source>
      <translation>Preparando la foto…</translation>
    </message>
    <message>
      <source>The AI is healing…</source>
      <translation>La IA está reparando…</translation>
    </message>
    <message>
      <source>Healed: %1 % of the photo</source>
      <translation>Reparado: %1 % de la foto</translation>
    </message>
    <message>
      <source>Find a scratch or a spot and rub over it.</source>
      <translation>Busca un arañazo o una mancha y frótalo.</translation>
    </message>
    <message>
      <source>Rub your finger over the scratches and spots. The AI fills them in.</source>
      <translation>Frota con el dedo los arañazos y las manchas. La IA los rellena.</translation>
    </message>
    <message>
      <source>Drag the line to compare the photo before and after.</source>
      <translation>Arrastra la línea para comparar la foto antes y después.</translation>
    </message>
    <message>
      <source>Blue shows every pixel the AI painted. Everything else is untouched.</source>
      <translation>El azul marca cada píxel que pintó la IA. Todo lo demás está intacto.</translation>
    </message>
    <message>
      <source>Heal the photograph</source>
      <translation>Repara la fotografía</translation>
    </message>
    <message>
      <source>Heal</source>
      <translation>Reparar</translation>
    </message>
    <message>
      <source>◐ Before and after</source>
      <translation>◐ Antes y después</translation>
    </message>
    <message>
      <source>✦ What the AI changed</source>
      <translation>✦ Lo que cambió la IA</translation>
    </message>
    <message>
      <source>↺ Start again</source>
      <translation>↺ Empezar de nuevo</translation>
    </message>
    <message>
      <source>Another photo ▶</source>
      <translation>Otra foto ▶</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Después</translation>
    </message>
    <message>
      <source>The photo to heal</source>
      <translation>La foto que reparar</translation>
    </message>
  </context>
  <context>
    <name>SeeExperience</name>
    <message>
      <source>Getting the AI ready…</source>
      <translation>Preparando la IA…</translation>
    </message>
    <message>
      <source>Let me look…</source>
      <translation>Déjame mirar…</translation>
    </message>
    <message>
      <source>Pick a photo below.</source>
      <translation>Elige una foto abajo.</translation>
    </message>
    <message>
      <source>I don't know.</source>
      <translation>No lo sé.</translation>
    </message>
    <message>
      <source>I think it is: %1</source>
      <translation>Creo que es: %1</translation>
    </message>
    <message>
      <source>Something else: %1 %</source>
      <translation>Otra cosa: %1 %</translation>
    </message>
    <message>
      <source>There is almost nothing to see in this photo, so the AI does not guess.</source>
      <translation>En esta foto casi no hay nada que ver, así que la IA no adivina.</translation>
    </message>
    <message>
      <source>None of its guesses is sure enough, so it says so instead of guessing. It only knows the heritage it learned from.</source>
      <translation>Ninguna de sus respuestas es lo bastante segura, así que lo dice en vez de adivinar. Solo conoce el patrimonio con el que aprendió.</translation>
    </message>
    <message>
      <source>It can be wrong: it learned from drawings and a few photos, so an unusual angle, light or object can fool it.</source>
      <translation>Puede equivocarse: aprendió con dibujos y unas pocas fotos, así que un ángulo, una luz o un objeto poco comunes pueden engañarla.</translation>
    </message>
    <message>
      <source>What does the AI see?</source>
      <translation>¿Qué ve la IA?</translation>
    </message>
    <message>
      <source>Pick a photo. The AI says what it thinks it shows and how sure it is.</source>
      <translation>Elige una foto. La IA dice qué cree que muestra y qué tan segura está.</translation>
    </message>
    <message>
      <source>Show where the AI looked</source>
      <translation>Mostrar dónde miró la IA</translation>
    </message>
    <message>
      <source>The photo the AI looks at</source>
      <translation>La foto que mira la IA</translation>
    </message>
    <message>
      <source>An everyday photo</source>
      <translation>Una foto cotidiana</translation>
    </message>
  </context>
  <context>
    <name>TeachExperience</name>
    <message>
      <source>Getting the photos ready… %1 %</source>
      <translation>Preparando las fotos… %1 %</translation>
    </message>
    <message>
      <source>%1
%2 photos</source>
      <translation>%1
%2 fotos</translation>
    </message>
    <message>
      <source>Put the photo in “%1”</source>
      <translation>Poner la foto en «%1»</translation>
    </message>
    <message>
      <source>Photo %1 of %2: is it “%3” or “%4”? Drag it to a side, or tap a side.</source>
      <translation>Foto %1 de %2: ¿es «%3» o «%4»? Arrástrala a un lado o toca un lado.</translation>
    </message>
    <message>
      <source>All sorted! Look how well the AI learned.</source>
      <translation>¡Todo ordenado! Mira lo bien que aprendió la IA.</translation>
    </message>
    <message>
      <source>The AI guesses photos it has never seen:</source>
      <translation>La IA adivina fotos que nunca ha visto:</translation>
    </message>
    <message>
      <source>Sort at least one photo into each side and the AI starts to learn.</source>
      <translation>Pon al menos una foto en cada lado y la IA empezará a aprender.</translation>
    </message>
    <message>
      <source>After %1 photos the AI gets %2 of %3 right (%4 %).</source>
      <translation>Tras %1 fotos, la IA acierta %2 de %3 (%4 %).</translation>
    </message>
    <message>
      <source>Teach the AI</source>
      <translation>Enseña a la IA</translation>
    </message>
    <message>
      <source>Sort photos into two groups. The AI learns from you and guesses new photos.</source>
      <translation>Ordena fotos en dos grupos. La IA aprende de ti y adivina fotos nuevas.</translation>
    </message>
    <message>
      <source>What should the AI learn to tell apart? Choose two groups:</source>
      <translation>¿Qué debe aprender a distinguir la IA? Elige dos grupos:</translation>
    </message>
    <message>
      <source>Choose other groups</source>
      <translation>Elegir otros grupos</translation>
    </message>
    <message>
      <source>The photo to sort</source>
      <translation>La foto que ordenar</translation>
    </message>
  </context>
  <context>
    <name>KioskTeachGroups</name>
    <message>
      <source>Stone</source>
      <translation>Piedra</translation>
    </message>
    <message>
      <source>Wood</source>
      <translation>Madera</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Día</translation>
    </message>
    <message>
      <source>Night</source>
      <translation>Noche</translation>
    </message>
    <message>
      <source>Treasure</source>
      <translation>Tesoro</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <source>Summer</source>
      <translation>Verano</translation>
    </message>
    <message>
      <source>Winter</source>
      <translation>Invierno</translation>
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
      <translation>Escultura budista</translation>
    </message>
    <message>
      <source>Temple and hall</source>
      <translation>Templo y pabellón</translation>
    </message>
    <message>
      <source>Palace and pavilion</source>
      <translation>Palacio y pabellón</translation>
    </message>
    <message>
      <source>Royal tomb</source>
      <translation>Tumba real</translation>
    </message>
    <message>
      <source>Bridge</source>
      <translation>Puente</translation>
    </message>
    <message>
      <source>Hanok house</source>
      <translation>Casa hanok</translation>
    </message>
    <message>
      <source>Fortress and gate</source>
      <translation>Fortaleza y puerta</translation>
    </message>
    <message>
      <source>Temple bell</source>
      <translation>Campana de templo</translation>
    </message>
    <message>
      <source>Crown and jewellery</source>
      <translation>Corona y joyas</translation>
    </message>
    <message>
      <source>Roof tile</source>
      <translation>Teja</translation>
    </message>
    <message>
      <source>Ceramics</source>
      <translation>Cerámica</translation>
    </message>
    <message>
      <source>Stone monument</source>
      <translation>Monumento de piedra</translation>
    </message>
    <message>
      <source>Painting and document</source>
      <translation>Pintura y documento</translation>
    </message>
  </context>
  <context>
    <name>Experience</name>
    <message>
      <source>Heal the photograph</source>
      <translation>Repara la fotografía</translation>
    </message>
    <message>
      <source>What does the AI see?</source>
      <translation>¿Qué ve la IA?</translation>
    </message>
    <message>
      <source>Teach the AI</source>
      <translation>Enseña a la IA</translation>
    </message>
  </context>
</TS>
