import type { Procedure } from '../schema.js';

export const decision = '¿Sobre qué tratamiento para el dolor de espalda (si es que hay alguno) podría preguntarle a mi médico?';

export const disclosure =
  'Ningún fabricante de medicinas ni de aparatos pagó por esto. ' +
  'Los fabricantes pagaron los estudios SENZA (Nevro), PROCESS y FREE (Medtronic). ' +
  'Las cifras que no pudimos verificar se marcan como menos seguras.';

// The same urgent-contact advice follows every spinal procedure (evidence brief, section 1).
const afterProcedureWarning =
  'Debilidad o adormecimiento nuevos, problemas con la orina o las heces, dolor de cabeza fuerte, fiebre, o una herida roja o que suelta líquido: llame a su equipo médico o vaya a la sala de emergencias ahora mismo.';
const warningSources = ['rutherford-esi'];

// Red flags that need the emergency department, whatever the plan (evidence brief, section 1).
const redFlags =
  'Problemas nuevos con la orina o las heces, adormecimiento alrededor de las nalgas o los genitales, problemas sexuales nuevos, debilidad o adormecimiento en las dos piernas, debilidad que empeora, dolor de espalda con fiebre, o dolor tras una caída fuerte o un choque: vaya a la sala de emergencias ahora mismo.';
const redFlagSources = ['bmj-bp-ces', 'verhagen-2016', 'nass-choosing-wisely'];

export const procedures: Procedure[] = [
  {
    id: 'esi',
    name: 'Inyección epidural de esteroides',
    shortName: 'Inyección epidural',
    summary: { text: 'Una inyección de esteroide cerca de nervios irritados de la columna.', sources: ['cochrane-esi-2020'], certainty: 'moderate' },
    treats: { text: 'Dolor de pierna por un nervio comprimido (ciática).', sources: ['ghahreman-2010'], certainty: 'moderate' },
    notFor: { text: 'Dolor de espalda sin dolor de pierna, o dolor de pierna al caminar causado por un canal espinal estrecho.', sources: ['nice-ng59'], certainty: 'moderate' },
    setting: { text: 'Una clínica o un hospital.', sources: ['commonspirit-esi'], certainty: 'moderate' },
    anesthesia: { text: 'Medicina para adormecer la zona; a veces, sedación leve.', sources: ['medicare-esi-lcd'], certainty: 'low' },
    duration: { text: 'De 5 a 15 minutos.', sources: ['commonspirit-esi'], certainty: 'moderate' },
    imaging: { text: 'Rayos X en tiempo real o tomografía, siempre.', sources: ['nass-choosing-wisely'], certainty: 'moderate' },
    sameDayHome: { text: 'Sí, con alguien que maneje.', sources: ['commonspirit-esi'], certainty: 'moderate' },
    recovery: { text: 'Actividades normales al día siguiente.', sources: ['rutherford-esi'], certainty: 'low' },
    reliefDuration: { text: 'En promedio, a los 3 meses el efecto ya se pasó.', sources: ['cochrane-esi-2020'], certainty: 'moderate' },
    effectiveness: { text: 'Ciática: dolor de pierna 15 de 100 puntos más bajo que con una inyección falsa durante 2 semanas (un estudio pequeño), luego 5 (tan poco que no se nota) hasta los 3 meses. Canal espinal estrecho, 50 años o más: el esteroide no agregó nada a las 6 semanas (LESS).', sources: ['cochrane-esi-2020', 'less-2014'], certainty: 'moderate' },
    figures: [
      { outcome: 'vieron bajar su dolor de pierna a la mitad o menos', value: 54, per: 100, comparison: { label: 'con una inyección de agua con sal', value: 19 }, timeFrame: '1 mes', population: 'ciática por un disco abultado, inyección por un costado', sources: ['ghahreman-2010'], certainty: 'moderate' },
    ],
    risks: [
      { id: 'fainting', label: 'Desmayo o casi desmayo', severity: 'side-effect', perThousand: 12, basis: 'procedures', timeFrame: 'ese día', sources: ['el-yahchouchi-2016'], certainty: 'moderate' },
      { id: 'steroid', label: 'Dormir mal, cara roja y caliente, o dolor de cabeza', severity: 'side-effect', perThousand: 26, basis: 'people', timeFrame: 'en los días siguientes', sources: ['el-yahchouchi-2016'], certainty: 'moderate' },
      { id: 'infection', label: 'Infección grave', severity: 'serious', basis: 'procedures', noRate: 'Ninguna en 16 638 inyecciones; seguimiento incompleto.', timeFrame: 'en las semanas siguientes', sources: ['el-yahchouchi-2016'], certainty: 'low' },
      { id: 'nerve', label: 'Derrame cerebral, parálisis, pérdida de la vista o muerte', severity: 'serious', basis: 'procedures', noRate: 'Raro (aviso de la FDA); probablemente menos de 2 de cada 10 000.', timeFrame: 'ese día', sources: ['fda-2014', 'el-yahchouchi-2016'], certainty: 'low' },
    ],
    debate: { text: 'Una guía del BMJ de 2025 las desaconseja firmemente para el dolor de 3 meses o más. NICE las permite para la ciática reciente y fuerte. La FDA no ha aprobado los esteroides para este uso.', sources: ['bmj-2025', 'nice-ng59', 'fda-2014'], certainty: 'moderate' },
    tags: ['needle'],
    milestones: [
      { phase: 'day-0', fromDay: 0, kind: 'driving', text: 'No maneje hoy.', sources: ['commonspirit-esi'], certainty: 'moderate' },
      { phase: 'days-1-3', fromDay: 0, toDay: 3, kind: 'warning', text: afterProcedureWarning, sources: warningSources, certainty: 'moderate' },
      { phase: 'days-1-3', fromDay: 1, kind: 'work', text: 'Trabajo de escritorio; manejar si siente las piernas normales.', sources: ['rutherford-esi'], certainty: 'low' },
      { phase: 'week-1', fromDay: 3, toDay: 7, kind: 'relief', text: 'El alivio, si lo hay, a menudo empieza en 3 a 7 días.', sources: ['rutherford-esi'], certainty: 'low' },
      { phase: 'weeks-2-6', fromDay: 14, kind: 'follow-up', text: 'Consulta de control a las 2 semanas, más o menos.', sources: ['medscape-esi-freq-2018'], certainty: 'moderate' },
      { phase: 'weeks-2-6', fromDay: 14, kind: 'repeat', text: 'Si se repite, que sea solo después de ese control, no como una serie.', sources: ['medscape-esi-freq-2018'], certainty: 'moderate' },
    ],
    questions: [
      '¿Mi dolor es del tipo que esto puede aliviar?',
      '¿Importa si tomo anticoagulantes (para diluir la sangre) o tengo diabetes?',
    ],
  },

  {
    id: 'facet',
    name: 'Inyección en las articulaciones facetarias o bloqueo de rama medial',
    shortName: 'Inyección o bloqueo facetario',
    summary: { text: 'Una inyección para adormecer y ver si pequeñas articulaciones de la espalda (facetarias) causan el dolor.', sources: ['uci-mbb'], certainty: 'moderate' },
    treats: { text: 'Dolor sobre todo en la espalda; más que nada, es una prueba antes de la ablación.', sources: ['uci-mbb'], certainty: 'moderate' },
    notFor: { text: 'Como tratamiento: NICE lo desaconseja.', sources: ['nice-ng59'], certainty: 'moderate' },
    setting: { text: 'Una clínica.', sources: ['uci-mbb'], certainty: 'moderate' },
    anesthesia: { text: 'Medicina para adormecer la zona; usted no se duerme.', sources: ['uci-mbb'], certainty: 'moderate' },
    duration: { text: 'Unos 30 minutos.', sources: ['uci-mbb'], certainty: 'moderate' },
    imaging: { text: 'Rayos X en tiempo real.', sources: ['yellowstone-mbb'], certainty: 'low' },
    sameDayHome: { text: 'Sí.', sources: ['uci-mbb'], certainty: 'moderate' },
    recovery: { text: 'Puede sentir dolor en la zona por unos días.', sources: ['uci-mbb'], certainty: 'moderate' },
    reliefDuration: { text: 'Unas horas (es una prueba).', sources: ['uci-mbb'], certainty: 'moderate' },
    effectiveness: { text: 'Tras dos bloqueos positivos, la ablación ayudó a 64 de cada 100 a los 3 meses, pero muchos no pasan esos bloqueos. Como tratamiento: no fue mejor que agua con sal al mes (FACTS).', sources: ['cohen-2010', 'facts-2018'], certainty: 'moderate' },
    figures: [
      { outcome: 'vieron bajar su dolor a la mitad o menos tras la ablación', value: 22, per: 100, comparison: { label: 'al ir directo a la ablación', value: 33 }, timeFrame: '3 meses', population: 'todos los que empezaron con dos bloqueos de prueba', sources: ['cohen-2010'], certainty: 'moderate' },
    ],
    risks: [
      { id: 'minor', label: 'Problemas menores, como sarpullido o desmayo', severity: 'side-effect', lowPerThousand: 60, highPerThousand: 90, basis: 'people', timeFrame: 'en los días siguientes', sources: ['facts-2018'], certainty: 'low' },
      { id: 'soreness', label: 'Dolor donde entró la aguja', severity: 'side-effect', basis: 'people', noRate: 'Frecuente; no se conoce la cifra.', timeFrame: 'en los días siguientes', sources: ['uci-mbb'], certainty: 'low' },
      { id: 'serious', label: 'Lesión de un nervio o infección', severity: 'serious', basis: 'people', noRate: 'Ningún caso en 183 personas en un estudio.', timeFrame: 'en los días siguientes', sources: ['facts-2018'], certainty: 'low' },
    ],
    debate: { text: 'Una guía del BMJ de 2025 desaconseja firmemente las inyecciones en las articulaciones para el dolor de 3 meses o más. NICE acepta un bloqueo de prueba antes de la ablación.', sources: ['bmj-2025', 'nice-ng59'], certainty: 'moderate' },
    tags: ['needle'],
    milestones: [
      { phase: 'day-0', fromDay: 0, kind: 'relief', text: 'Si el dolor baja por unas horas, anote cuánto.', sources: ['uci-mbb'], certainty: 'moderate' },
      { phase: 'day-0', fromDay: 0, kind: 'work', text: 'Trabajo de escritorio el mismo día o al siguiente.', sources: ['uci-mbb'], certainty: 'moderate' },
      { phase: 'days-1-3', fromDay: 0, toDay: 3, kind: 'warning', text: afterProcedureWarning, sources: warningSources, certainty: 'moderate' },
      { phase: 'week-1', fromDay: 7, kind: 'repeat', text: 'A menudo, un segundo bloqueo para confirmar.', sources: ['yellowstone-mbb'], certainty: 'low' },
      { phase: 'weeks-2-6', fromDay: 14, toDay: 42, kind: 'follow-up', text: 'Revisar resultados; tal vez siga la ablación.', sources: ['nice-ng59'], certainty: 'low' },
    ],
    questions: [
      '¿Esto es una prueba o un tratamiento?',
      '¿Qué sigue después?',
    ],
  },

  {
    id: 'rfa',
    name: 'Ablación por radiofrecuencia (nervios de las articulaciones facetarias)',
    shortName: 'Ablación por radiofrecuencia',
    summary: { text: 'Ondas de radio calientan nervios de las articulaciones facetarias para frenar un tiempo las señales de dolor.', sources: ['spine-health-rfa-procedure'], certainty: 'moderate' },
    treats: { text: 'Dolor duradero de articulaciones facetarias, tras un bloqueo de prueba que ayudó.', sources: ['nice-ng59'], certainty: 'moderate' },
    notFor: { text: 'Un bloqueo de prueba no dio alivio.', sources: ['nice-ng59'], certainty: 'moderate' },
    setting: { text: 'Una clínica o un centro de cirugía.', sources: ['spine-health-rfa-procedure'], certainty: 'moderate' },
    anesthesia: { text: 'Medicina para adormecer la zona; a veces, sedación leve.', sources: ['spine-health-rfa-procedure'], certainty: 'moderate' },
    duration: { text: 'De 30 a 60 minutos.', sources: ['clearway-rfa'], certainty: 'low' },
    imaging: { text: 'Rayos X en tiempo real.', sources: ['spine-health-rfa-procedure'], certainty: 'moderate' },
    sameDayHome: { text: 'Sí, con alguien que maneje.', sources: ['restore-pdx'], certainty: 'low' },
    recovery: { text: 'Dolor en la zona de 1 a 4 días.', sources: ['restore-pdx'], certainty: 'low' },
    reliefDuration: { text: 'Si funciona, a menudo de 6 a 12 meses.', sources: ['mccormick-2015'], certainty: 'low' },
    effectiveness: { text: 'Los estudios no coinciden. MINT (grande): casi ningún beneficio extra a los 3 meses (0,18 de 10 puntos). Cochrane (estudios débiles): 1,5 puntos menos de dolor que un procedimiento falso, a corto plazo.', sources: ['mint-2017', 'cochrane-rfa-2015'], certainty: 'low' },
    figures: [
      { outcome: 'vieron bajar su dolor un 30 % o más', value: 46, per: 100, comparison: { label: 'solo con ejercicio', value: 36 }, timeFrame: '3 meses', population: 'dolor facetario (MINT); la diferencia podría deberse al azar', sources: ['mint-2017'], certainty: 'moderate' },
    ],
    risks: [
      { id: 'neuritis', label: 'Irritación dolorosa de un nervio', severity: 'side-effect', perThousand: 22, basis: 'people', timeFrame: 'en las semanas siguientes', sources: ['facts-2018'], certainty: 'low' },
      { id: 'burning', label: 'Sensación como de quemadura de sol, o picazón', severity: 'side-effect', basis: 'people', noRate: 'Puede durar un par de semanas; no se conoce la cifra.', timeFrame: 'en las semanas siguientes', sources: ['restore-pdx'], certainty: 'very-low' },
      { id: 'serious', label: 'Problemas graves, la mayoría sin relación con el procedimiento', severity: 'serious', perThousand: 30, basis: 'people', timeFrame: 'en un estudio', sources: ['facts-2018'], certainty: 'low' },
    ],
    debate: { text: 'Una guía del BMJ de 2025 desaconseja firmemente la ablación de las articulaciones para el dolor de 3 meses o más. NICE la apoya después de un bloqueo de prueba positivo.', sources: ['bmj-2025', 'nice-ng59'], certainty: 'moderate' },
    tags: ['needle'],
    milestones: [
      { phase: 'day-0', fromDay: 0, kind: 'driving', text: 'No maneje hoy.', sources: ['clearway-rfa'], certainty: 'low' },
      { phase: 'days-1-3', fromDay: 0, toDay: 3, kind: 'warning', text: afterProcedureWarning, sources: warningSources, certainty: 'moderate' },
      { phase: 'days-1-3', fromDay: 1, kind: 'work', text: 'Trabajo de escritorio al día siguiente.', sources: ['clearway-rfa'], certainty: 'low' },
      { phase: 'weeks-2-6', fromDay: 14, toDay: 21, kind: 'relief', text: 'El alivio completo, si lo hay, llega en 2 a 3 semanas.', sources: ['restore-pdx'], certainty: 'low' },
      { phase: 'month-3', fromDay: 90, kind: 'follow-up', text: 'Los estudios evaluaron los resultados a los 3 meses, más o menos.', sources: ['mint-2017'], certainty: 'moderate' },
      { phase: 'months-6-12', fromDay: 180, kind: 'repeat', text: 'Se puede repetir si un buen alivio se termina.', sources: ['restore-pdx'], certainty: 'low' },
    ],
    questions: [
      '¿Qué mostraron mis bloqueos de prueba?',
      '¿Importa si tengo marcapasos u otro implante?',
    ],
  },

  {
    id: 'scs',
    name: 'Estimulación de la médula espinal',
    shortName: 'Estimulador de la médula espinal',
    summary: { text: 'Después de una prueba, unos cables implantados envían pulsos suaves a la médula espinal.', sources: ['fda-scs-2020'], certainty: 'moderate' },
    treats: { text: 'Dolor de nervio duradero, sobre todo en la pierna tras una cirugía de espalda.', sources: ['nice-ta159'], certainty: 'moderate' },
    notFor: { text: 'La prueba quitó menos de la mitad del dolor; cáncer activo; embarazo.', sources: ['fda-scs-2020', 'process-2008'], certainty: 'low' },
    setting: { text: 'La prueba, con una aguja; el implante, con una operación.', sources: ['idaho-scs', 'nca-scs'], certainty: 'low' },
    anesthesia: { text: 'Prueba: medicina para adormecer la zona y sedación leve.', sources: ['idaho-scs'], certainty: 'low' },
    duration: { text: 'Prueba: de 3 a 7 días.', sources: ['fda-scs-2020'], certainty: 'moderate' },
    imaging: { text: 'Rayos X en tiempo real.', sources: ['idaho-scs'], certainty: 'low' },
    sameDayHome: { text: 'Sí, si un adulto le lleva a casa y se queda con usted esa noche.', sources: ['nca-scs'], certainty: 'moderate' },
    recovery: { text: 'Sanar toma de 4 a 6 semanas.', sources: ['weill-cornell-scs'], certainty: 'low' },
    reliefDuration: { text: 'Puede disminuir; es la razón principal para quitar el aparato.', sources: ['explant-uk-2020'], certainty: 'low' },
    effectiveness: { text: 'PROCESS: más personas vieron bajar a la mitad su dolor de pierna; no se informó efecto en el dolor de espalda. Cochrane: probablemente poco o ningún beneficio duradero en el dolor lumbar (parte baja de la espalda).', sources: ['process-2008', 'cochrane-scs-2023'], certainty: 'moderate' },
    figures: [
      { outcome: 'vieron bajar su dolor de pierna a la mitad o menos', value: 48, per: 100, comparison: { label: 'solo con atención médica', value: 9 }, timeFrame: '6 meses', population: 'dolor de pierna después de una cirugía de espalda, estudio PROCESS', sources: ['nice-ta159'], certainty: 'low' },
    ],
    risks: [
      { id: 'revision', label: 'Cirugía para arreglar el aparato (modelo más antiguo)', severity: 'serious', perThousand: 310, basis: 'people', timeFrame: 'en un plazo de 2 años', sources: ['process-2008'], certainty: 'low' },
      { id: 'removal', label: 'Se quitó el aparato, sobre todo porque el alivio disminuyó', detail: 'Un solo centro del Reino Unido, con todo tipo de estimuladores de nervios.', severity: 'serious', perThousand: 178, basis: 'implants', timeFrame: 'en un plazo de 5 años', sources: ['explant-uk-2020'], certainty: 'low' },
      { id: 'migration', label: 'Los cables se mueven, y el alivio puede acabarse', severity: 'serious', perThousand: 100, basis: 'people', timeFrame: 'durante los estudios', sources: ['west-2023'], certainty: 'low' },
      { id: 'infection', label: 'Infección', severity: 'serious', perThousand: 38, basis: 'people', timeFrame: 'durante los estudios', sources: ['blackburn-2021'], certainty: 'low' },
      { id: 'reports', label: 'Problemas informados a la FDA', severity: 'serious', basis: 'implants', noRate: 'Más de 107 000 en 4 años; los informes no dicen con qué frecuencia pasa.', timeFrame: 'de 2016 a 2020', sources: ['fda-scs-2020'], certainty: 'low' },
    ],
    debate: { text: 'NICE la apoya después de una buena prueba; Cochrane no, para el dolor lumbar. Los fabricantes pagaron los estudios SENZA (Nevro) y PROCESS (Medtronic). La guía del BMJ de 2025 no la desaconseja.', sources: ['nice-ta159', 'cochrane-scs-2023', 'senza-2016', 'process-2008', 'bmj-2025'], certainty: 'moderate' },
    tags: ['needle', 'implant', 'surgery'],
    // Day 0 is the implant; the trial before it is shown at day -7.
    milestones: [
      { phase: 'trial', fromDay: -7, kind: 'follow-up', text: 'Solo se pone el implante si la prueba redujo el dolor a la mitad.', sources: ['fda-scs-2020'], certainty: 'moderate' },
      { phase: 'day-0', fromDay: 0, kind: 'driving', text: 'Un adulto debe manejar para llevarle a casa y quedarse con usted esa noche.', sources: ['nca-scs'], certainty: 'moderate' },
      { phase: 'days-1-3', fromDay: 0, toDay: 56, kind: 'activity', text: 'No se agache, no gire la cintura, no se estire ni levante más de 5 libras (unos 2 kilos) hasta que su equipo lo diga (a menudo de 6 a 8 semanas): los cables pueden moverse.', sources: ['abbott-scs'], certainty: 'low' },
      { phase: 'days-1-3', fromDay: 0, toDay: 3, kind: 'warning', text: afterProcedureWarning, sources: warningSources, certainty: 'moderate' },
      { phase: 'weeks-2-6', fromDay: 28, toDay: 42, kind: 'work', text: 'Pregunte cuándo volver a trabajar. Sanar toma de 4 a 6 semanas.', sources: ['weill-cornell-scs'], certainty: 'low' },
      { phase: 'months-6-12', fromDay: 365, kind: 'relief', text: 'Al año, 34 de cada 100 tenían su dolor de pierna reducido a la mitad (7 de cada 100 solo con atención médica).', sources: ['nice-ta159'], certainty: 'low' },
    ],
    questions: [
      '¿Mi dolor está sobre todo en la pierna o en la espalda?',
      '¿Podré seguir haciéndome resonancias magnéticas?',
    ],
  },

  {
    id: 'discectomy',
    name: 'Discectomía percutánea o endoscópica (cirugía de disco por un corte pequeño)',
    shortName: 'Cirugía de disco por corte pequeño',
    summary: { text: 'Por un corte de 1 cm, una cámara ayuda a quitar la parte del disco que aprieta un nervio.', sources: ['gadjradj-2022'], certainty: 'moderate' },
    treats: { text: 'Ciática fuerte por un disco abultado, que dura 6 semanas o más.', sources: ['peul-2007'], certainty: 'moderate' },
    notFor: { text: 'Problemas repentinos con la orina o las heces: en ese caso, atención de emergencia.', sources: ['bmj-bp-ces'], certainty: 'moderate' },
    setting: { text: 'Un hospital o un centro de cirugía.', sources: ['greenberg-discectomy'], certainty: 'low' },
    anesthesia: { text: 'Métodos con aguja: medicina para adormecer la zona, con o sin sedación.', sources: ['nice-ipg173', 'nice-ipg141'], certainty: 'low' },
    duration: { text: 'No confirmado; estadía más corta que con la cirugía abierta.', sources: ['gadjradj-2022'], certainty: 'low' },
    imaging: { text: 'Cámara y rayos X en tiempo real.', sources: ['gadjradj-2022'], certainty: 'low' },
    sameDayHome: { text: 'A menudo, o después de una noche.', sources: ['greenberg-discectomy'], certainty: 'low' },
    recovery: { text: 'Caminar en pocas horas; trabajo pesado a las 6 a 8 semanas.', sources: ['greenberg-discectomy'], certainty: 'low' },
    reliefDuration: { text: 'Al año, los resultados son iguales que si espera.', sources: ['peul-2007'], certainty: 'moderate' },
    effectiveness: { text: 'Estudios de la cirugía de disco común: recuperación más rápida que si espera (4 semanas frente a 12), pero parecida al año. Ciática de 4 a 12 meses: dolor de pierna de 2,8 frente a 5,2 de 10 a los 6 meses.', sources: ['peul-2007', 'bailey-2020'], certainty: 'moderate' },
    figures: [
      { outcome: 'se sintieron recuperados', value: 95, per: 100, comparison: { label: 'con atención sin cirugía primero, cirugía si hacía falta', value: 95 }, timeFrame: '1 año', population: 'ciática fuerte, cirugía temprana', sources: ['peul-2007'], certainty: 'moderate' },
    ],
    risks: [
      { id: 'reoperation', label: 'Otra operación', detail: 'Con la cirugía común hubo casi el doble.', severity: 'serious', perThousand: 40, basis: 'people', timeFrame: 'durante los estudios', sources: ['bombieri-2022'], certainty: 'low' },
      { id: 'leak', label: 'Fuga del líquido de la columna', detail: 'Con la cirugía común hubo el doble.', severity: 'serious', perThousand: 11, basis: 'people', timeFrame: 'durante la cirugía', sources: ['bombieri-2022'], certainty: 'low' },
      { id: 'nerve', label: 'Lesión de la raíz de un nervio', detail: 'Con la cirugía común hubo la cuarta parte.', severity: 'serious', perThousand: 12, basis: 'people', timeFrame: 'durante la cirugía', sources: ['bombieri-2022'], certainty: 'low' },
      { id: 'numbness', label: 'Problemas de los nervios; algunos son adormecimiento o ardor pasajeros', detail: 'Con la cirugía común hubo más o menos la mitad.', severity: 'serious', perThousand: 49, basis: 'people', timeFrame: 'durante los estudios', sources: ['bombieri-2022'], certainty: 'low' },
    ],
    debate: { text: 'Revisiones más antiguas: más discos vuelven a salirse tras la cirugía por corte pequeño. Un estudio grande de 2022 (cirujanos con experiencia): tan buena como la cirugía abierta, o un poco mejor. Sacar el disco con una aguja automática salió peor que la cirugía común en un estudio pequeño (a 29 frente a 80 de cada 100 les fue bien).', sources: ['mid-2014', 'gadjradj-2022', 'nice-ipg141'], certainty: 'moderate' },
    tags: ['surgery', 'needle'],
    milestones: [
      { phase: 'day-0', fromDay: 0, kind: 'relief', text: 'Caminar en pocas horas; el dolor de pierna a menudo baja rápido.', sources: ['greenberg-discectomy'], certainty: 'low' },
      { phase: 'day-0', fromDay: 0, toDay: 14, kind: 'driving', text: 'No maneje si toma medicinas fuertes para el dolor (opioides).', sources: ['greenberg-discectomy'], certainty: 'low' },
      { phase: 'days-1-3', fromDay: 0, toDay: 3, kind: 'warning', text: afterProcedureWarning, sources: warningSources, certainty: 'moderate' },
      { phase: 'week-1', fromDay: 7, toDay: 14, kind: 'follow-up', text: 'Primera consulta de control en 1 a 2 semanas.', sources: ['greenberg-discectomy'], certainty: 'low' },
      { phase: 'weeks-2-6', fromDay: 21, toDay: 56, kind: 'work', text: 'Una clínica: trabajo de escritorio a las 3 a 4 semanas, pesado a las 6 a 8.', sources: ['greenberg-discectomy'], certainty: 'low' },
      { phase: 'months-6-12', fromDay: 180, kind: 'repeat', text: 'Si el disco vuelve a salirse, se puede repetir la cirugía.', sources: ['bombieri-2022'], certainty: 'low' },
    ],
    questions: [
      '¿Cuántas de estas cirugías ha hecho usted?',
      '¿Mejoraré si espero?',
    ],
  },

  {
    id: 'vertebroplasty',
    name: 'Vertebroplastia o cifoplastia (cemento para una fractura de la columna)',
    shortName: 'Vertebroplastia / cifoplastia',
    summary: { text: 'Con una aguja se pone cemento en un hueso roto de la columna; en la cifoplastia, antes se usa un globo.', sources: ['nice-ta279'], certainty: 'moderate' },
    treats: { text: 'Dolor fuerte por una fractura reciente, aún sin sanar, en huesos débiles (osteoporosis).', sources: ['nice-ta279'], certainty: 'moderate' },
    notFor: { text: 'Fracturas ya sanadas, infección, problemas de sangrado o presión sobre la médula espinal.', sources: ['cochrane-vp-2018'], certainty: 'moderate' },
    setting: { text: 'Por lo general, sin pasar la noche en el hospital.', sources: ['uw-radiology'], certainty: 'moderate' },
    anesthesia: { text: 'Sedación con medicina para adormecer la zona, o anestesia general.', sources: ['uw-radiology'], certainty: 'moderate' },
    duration: { text: 'Unos 60 minutos.', sources: ['uw-radiology'], certainty: 'moderate' },
    imaging: { text: 'Rayos X en tiempo real o tomografía.', sources: ['uw-radiology'], certainty: 'moderate' },
    sameDayHome: { text: 'Por lo general, después de 1 a 2 horas.', sources: ['uw-radiology'], certainty: 'moderate' },
    recovery: { text: 'No levantar cosas pesadas, agacharse ni girar la cintura por semanas, hasta 3 meses.', sources: ['desert-pain-vp'], certainty: 'low' },
    reliefDuration: { text: 'El dolor baja más o menos igual que tras un procedimiento falso.', sources: ['cochrane-vp-2018'], certainty: 'moderate' },
    effectiveness: { text: 'Estudios con procedimiento falso y Cochrane (2018): poco o ningún beneficio. FREE (cifoplastia; los pacientes sabían qué recibían; pagado por Medtronic): pequeña mejora en la calidad de vida.', sources: ['cochrane-vp-2018', 'free-2009'], certainty: 'moderate' },
    figures: [
      { outcome: 'vieron bajar su dolor a menos de 4 de 10', value: 44, per: 100, comparison: { label: 'con un procedimiento falso', value: 21 }, timeFrame: '2 semanas', population: 'dolor fuerte, fractura de menos de 6 semanas, la mayoría en el hospital, estudio VAPOUR', sources: ['vapour-2016'], certainty: 'low' },
    ],
    risks: [
      { id: 'cement', label: 'Cemento que se sale hacia el canal espinal', severity: 'serious', lowPerThousand: 7, highPerThousand: 8, basis: 'people', timeFrame: 'ese día', sources: ['josr-2019'], certainty: 'low' },
      { id: 'serious', label: 'Sangrado o infección de orina', severity: 'serious', perThousand: 13, basis: 'people', timeFrame: 'en un estudio', sources: ['free-2009'], certainty: 'low' },
      { id: 'fractures', label: 'Fracturas nuevas en otros huesos de la columna', detail: 'Alrededor de 250 de cada 1000 sin el procedimiento; la diferencia podría deberse al azar.', severity: 'serious', perThousand: 165, basis: 'people', timeFrame: 'en un estudio', sources: ['klazen-2010'], certainty: 'low' },
    ],
    debate: { text: 'La mayoría de los estudios con procedimiento falso hallaron poco o ningún beneficio; VAPOUR halló algo. Aun así, NICE (2013) lo apoya para el dolor fuerte por una fractura reciente. Expertos en huesos (2019): sin un beneficio claro, y muy pocas pruebas a favor de la cifoplastia.', sources: ['cochrane-vp-2018', 'nice-ta279', 'vapour-2016', 'asbmr-2019'], certainty: 'moderate' },
    tags: ['needle'],
    milestones: [
      { phase: 'day-0', fromDay: 0, kind: 'driving', text: 'Pida a alguien que maneje para llevarle a casa.', sources: ['skyridge-vp'], certainty: 'very-low' },
      { phase: 'days-1-3', fromDay: 0, toDay: 3, kind: 'warning', text: afterProcedureWarning, sources: warningSources, certainty: 'moderate' },
      { phase: 'weeks-2-6', fromDay: 7, toDay: 90, kind: 'work', text: 'No levantar cosas pesadas, agacharse ni girar la cintura por semanas, hasta 3 meses.', sources: ['desert-pain-vp'], certainty: 'low' },
      { phase: 'weeks-2-6', fromDay: 14, toDay: 84, kind: 'relief', text: 'El dolor baja más o menos igual que tras un procedimiento falso.', sources: ['cochrane-vp-2018'], certainty: 'moderate' },
      { phase: 'weeks-2-6', fromDay: 14, toDay: 42, kind: 'follow-up', text: 'Pregunte sobre el cuidado de sus huesos: las fracturas nuevas son frecuentes.', sources: ['klazen-2010'], certainty: 'low' },
    ],
    questions: [
      '¿Mi fractura todavía está sanando?',
      '¿Cómo vamos a prevenir la próxima fractura?',
    ],
  },

  {
    id: 'conservative',
    name: 'Ningún procedimiento por ahora: mantenerse activo, terapia, medicinas',
    shortName: 'Atención sin procedimiento',
    summary: { text: 'Mantenerse activo, hacer ejercicio, usar calor y, si quiere, medicinas.', sources: ['acp-2017'], certainty: 'moderate' },
    treats: { text: 'La mayoría de los dolores de espalda, como primer paso.', sources: ['acp-2017'], certainty: 'moderate' },
    notFor: { text: redFlags, sources: redFlagSources, certainty: 'moderate' },
    setting: { text: 'En casa, en terapia física o con su médico.', sources: ['acp-2017'], certainty: 'moderate' },
    anesthesia: { text: 'Ninguna.', sources: ['acp-2017'], certainty: 'high' },
    duration: { text: 'De semanas a meses, a su ritmo.', sources: ['acp-2017'], certainty: 'moderate' },
    imaging: { text: 'Sin estudios de imagen en las primeras 6 semanas si no hay señales de alarma.', sources: ['nass-choosing-wisely'], certainty: 'moderate' },
    sameDayHome: { text: 'Sí. Manténgase activo.', sources: ['nass-choosing-wisely'], certainty: 'moderate' },
    recovery: { text: 'La mayoría de los dolores de espalda nuevos mejoran con el tiempo.', sources: ['acp-2017'], certainty: 'moderate' },
    reliefDuration: { text: 'Varía; en un estudio de ciática, 60 de cada 100 se recuperaron sin cirugía.', sources: ['peul-2007'], certainty: 'moderate' },
    effectiveness: { text: 'Las guías dicen que esto se prueba primero. El calor, los antiinflamatorios y los relajantes musculares ayudan con el dolor más reciente.', sources: ['acp-2017'], certainty: 'moderate' },
    figures: [
      { outcome: 'se sintieron recuperados', value: 95, per: 100, comparison: { label: 'con cirugía temprana', value: 95 }, timeFrame: '1 año', population: 'ciática fuerte, atención sin cirugía primero, cirugía si hacía falta', sources: ['peul-2007'], certainty: 'moderate' },
    ],
    risks: [
      { id: 'opioids', label: 'Riesgos de las medicinas opioides', severity: 'serious', basis: 'people', noRate: 'Las guías aconsejan usarlas solo si otras medicinas no funcionan.', timeFrame: 'mientras las toma', sources: ['acp-2017'], certainty: 'low' },
      { id: 'slower', label: 'Recuperación más lenta de la ciática', severity: 'side-effect', basis: 'people', noRate: 'Unas 12 semanas en vez de 4 en un estudio.', timeFrame: 'en los primeros 3 meses', sources: ['peul-2007'], certainty: 'moderate' },
    ],
    debate: { text: 'Una guía del BMJ de 2025 desaconseja firmemente la mayoría de las inyecciones en la columna y la ablación para el dolor de 3 meses o más; NICE apoya algunas.', sources: ['bmj-2025', 'nice-ng59'], certainty: 'moderate' },
    tags: [],
    // Day 0 is the day you start.
    milestones: [
      { phase: 'day-0', fromDay: 0, toDay: 2, kind: 'activity', text: 'Siga moviéndose; no haga reposo en cama más de 48 horas.', sources: ['nass-choosing-wisely'], certainty: 'moderate' },
      { phase: 'day-0', fromDay: 0, toDay: 42, kind: 'warning', text: redFlags, sources: redFlagSources, certainty: 'moderate' },
      { phase: 'month-3', fromDay: 84, kind: 'follow-up', text: 'Después de 12 semanas, revise el plan; la atención sin medicinas sigue yendo primero.', sources: ['acp-2017'], certainty: 'moderate' },
      { phase: 'months-6-12', fromDay: 365, kind: 'relief', text: 'La mayoría de las personas con ciática se sienten recuperadas al cumplirse 1 año.', sources: ['peul-2007'], certainty: 'moderate' },
    ],
    questions: [
      '¿Qué es probable que pase si espero?',
      '¿Qué medicinas para el dolor son seguras para mí?',
    ],
  },
];
