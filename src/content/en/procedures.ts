import type { Procedure } from '../schema.js';

export const decision = 'Which back pain treatment, if any, might I ask my doctor about?';

export const disclosure =
  'No drug or device maker paid for this. ' +
  'Makers paid for the SENZA (Nevro), PROCESS and FREE (Medtronic) trials. ' +
  'Figures we could not check are marked less sure.';

// The same urgent-contact advice follows every spinal procedure (evidence brief, section 1).
const afterProcedureWarning =
  'New weakness or numbness, bladder or bowel problems, bad headache, fever, or a red or leaking wound: call your care team or go to the emergency department now.';
const warningSources = ['rutherford-esi'];

// Red flags that need the emergency department, whatever the plan (evidence brief, section 1).
const redFlags =
  'New bladder or bowel problems, numbness around your bottom or genitals, new sex problems, weakness or numbness in both legs, weakness getting worse, back pain with fever, or pain after a bad fall or crash: go to the emergency department now.';
const redFlagSources = ['bmj-bp-ces', 'verhagen-2016', 'nass-choosing-wisely'];

export const procedures: Procedure[] = [
  {
    id: 'esi',
    name: 'Epidural steroid injection',
    shortName: 'Epidural injection',
    summary: { text: 'A steroid shot near irritated spinal nerves.', sources: ['cochrane-esi-2020'], certainty: 'moderate' },
    treats: { text: 'Leg pain from a pinched nerve (sciatica).', sources: ['ghahreman-2010'], certainty: 'moderate' },
    notFor: { text: 'Back pain alone, or leg pain on walking from a narrow spinal canal.', sources: ['nice-ng59'], certainty: 'moderate' },
    setting: { text: 'A clinic or hospital.', sources: ['commonspirit-esi'], certainty: 'moderate' },
    anesthesia: { text: 'Numbing medicine, sometimes light sedation.', sources: ['medicare-esi-lcd'], certainty: 'low' },
    duration: { text: '5 to 15 minutes.', sources: ['commonspirit-esi'], certainty: 'moderate' },
    imaging: { text: 'Live X-ray or CT, always.', sources: ['nass-choosing-wisely'], certainty: 'moderate' },
    sameDayHome: { text: 'Yes, with a driver.', sources: ['commonspirit-esi'], certainty: 'moderate' },
    recovery: { text: 'Usual activities next day.', sources: ['rutherford-esi'], certainty: 'low' },
    reliefDuration: { text: 'On average, it fades by 3 months.', sources: ['cochrane-esi-2020'], certainty: 'moderate' },
    effectiveness: { text: 'Sciatica: leg pain 15 of 100 points lower than a fake shot for 2 weeks (one small trial), then 5 (too small to notice) to 3 months. Narrow spinal canal, age 50+: steroid added nothing at 6 weeks (LESS).', sources: ['cochrane-esi-2020', 'less-2014'], certainty: 'moderate' },
    figures: [
      { outcome: 'had at least half their leg pain go away', value: 54, per: 100, comparison: { label: 'with a salt-water shot', value: 19 }, timeFrame: '1 month', population: 'sciatica from a bulging disc, shot in from the side', sources: ['ghahreman-2010'], certainty: 'moderate' },
    ],
    risks: [
      { id: 'fainting', label: 'Fainting or near-fainting', severity: 'side-effect', perThousand: 12, basis: 'procedures', timeFrame: 'that day', sources: ['el-yahchouchi-2016'], certainty: 'moderate' },
      { id: 'steroid', label: 'Poor sleep, flushing or headache', severity: 'side-effect', perThousand: 26, basis: 'people', timeFrame: 'in the days after', sources: ['el-yahchouchi-2016'], certainty: 'moderate' },
      { id: 'infection', label: 'Serious infection', severity: 'serious', basis: 'procedures', noRate: 'None in 16,638 shots; follow-up incomplete.', timeFrame: 'in the weeks after', sources: ['el-yahchouchi-2016'], certainty: 'low' },
      { id: 'nerve', label: 'Stroke, paralysis, vision loss or death', severity: 'serious', basis: 'procedures', noRate: 'Rare (FDA warning); likely under 2 in 10,000.', timeFrame: 'that day', sources: ['fda-2014', 'el-yahchouchi-2016'], certainty: 'low' },
    ],
    debate: { text: 'A 2025 BMJ guideline strongly advises against them for pain of 3 months or more. NICE allows them for recent, severe sciatica. The FDA has not approved steroids for this use.', sources: ['bmj-2025', 'nice-ng59', 'fda-2014'], certainty: 'moderate' },
    tags: ['needle'],
    milestones: [
      { phase: 'day-0', fromDay: 0, kind: 'driving', text: 'No driving today.', sources: ['commonspirit-esi'], certainty: 'moderate' },
      { phase: 'days-1-3', fromDay: 0, toDay: 3, kind: 'warning', text: afterProcedureWarning, sources: warningSources, certainty: 'moderate' },
      { phase: 'days-1-3', fromDay: 1, kind: 'work', text: 'Desk work; driving if legs feel normal.', sources: ['rutherford-esi'], certainty: 'low' },
      { phase: 'week-1', fromDay: 3, toDay: 7, kind: 'relief', text: 'Any relief often starts in 3 to 7 days.', sources: ['rutherford-esi'], certainty: 'low' },
      { phase: 'weeks-2-6', fromDay: 14, kind: 'follow-up', text: 'Check-up at about 2 weeks.', sources: ['medscape-esi-freq-2018'], certainty: 'moderate' },
      { phase: 'weeks-2-6', fromDay: 14, kind: 'repeat', text: 'Repeat only after that check, not as a series.', sources: ['medscape-esi-freq-2018'], certainty: 'moderate' },
    ],
    questions: [
      'Is my pain the kind this helps?',
      'Do my blood thinners or diabetes matter?',
    ],
  },

  {
    id: 'facet',
    name: 'Facet joint injection or medial branch block',
    shortName: 'Facet injection or block',
    summary: { text: 'A numbing shot to test if small back (facet) joints cause the pain.', sources: ['uci-mbb'], certainty: 'moderate' },
    treats: { text: 'Pain mostly in the back; mainly a test before ablation.', sources: ['uci-mbb'], certainty: 'moderate' },
    notFor: { text: 'As a treatment: NICE advises against it.', sources: ['nice-ng59'], certainty: 'moderate' },
    setting: { text: 'A clinic.', sources: ['uci-mbb'], certainty: 'moderate' },
    anesthesia: { text: 'Numbing medicine; you stay awake.', sources: ['uci-mbb'], certainty: 'moderate' },
    duration: { text: 'About 30 minutes.', sources: ['uci-mbb'], certainty: 'moderate' },
    imaging: { text: 'Live X-ray.', sources: ['yellowstone-mbb'], certainty: 'low' },
    sameDayHome: { text: 'Yes.', sources: ['uci-mbb'], certainty: 'moderate' },
    recovery: { text: 'May be sore for a few days.', sources: ['uci-mbb'], certainty: 'moderate' },
    reliefDuration: { text: 'A few hours (it is a test).', sources: ['uci-mbb'], certainty: 'moderate' },
    effectiveness: { text: 'After two positive blocks, ablation helped 64 in 100 at 3 months, but many fail them. As a treatment: no better than salt water at 1 month (FACTS).', sources: ['cohen-2010', 'facts-2018'], certainty: 'moderate' },
    figures: [
      { outcome: 'had at least half their pain gone after ablation', value: 22, per: 100, comparison: { label: 'going straight to ablation', value: 33 }, timeFrame: '3 months', population: 'all who started with two test blocks', sources: ['cohen-2010'], certainty: 'moderate' },
    ],
    risks: [
      { id: 'minor', label: 'Minor problems, like a rash or fainting', severity: 'side-effect', lowPerThousand: 60, highPerThousand: 90, basis: 'people', timeFrame: 'in the days after', sources: ['facts-2018'], certainty: 'low' },
      { id: 'soreness', label: 'Soreness at the needle site', severity: 'side-effect', basis: 'people', noRate: 'Common; no rate known.', timeFrame: 'in the days after', sources: ['uci-mbb'], certainty: 'low' },
      { id: 'serious', label: 'Nerve injury or infection', severity: 'serious', basis: 'people', noRate: 'None in 183 people in one trial.', timeFrame: 'in the days after', sources: ['facts-2018'], certainty: 'low' },
    ],
    debate: { text: 'A 2025 BMJ guideline strongly advises against joint injections for pain of 3 months or more. NICE accepts a test block before ablation.', sources: ['bmj-2025', 'nice-ng59'], certainty: 'moderate' },
    tags: ['needle'],
    milestones: [
      { phase: 'day-0', fromDay: 0, kind: 'relief', text: 'If pain eases for a few hours, note how much.', sources: ['uci-mbb'], certainty: 'moderate' },
      { phase: 'day-0', fromDay: 0, kind: 'work', text: 'Desk work the same or next day.', sources: ['uci-mbb'], certainty: 'moderate' },
      { phase: 'days-1-3', fromDay: 0, toDay: 3, kind: 'warning', text: afterProcedureWarning, sources: warningSources, certainty: 'moderate' },
      { phase: 'week-1', fromDay: 7, kind: 'repeat', text: 'Often a second block to confirm.', sources: ['yellowstone-mbb'], certainty: 'low' },
      { phase: 'weeks-2-6', fromDay: 14, toDay: 42, kind: 'follow-up', text: 'Review results; ablation may be next.', sources: ['nice-ng59'], certainty: 'low' },
    ],
    questions: [
      'Is this a test or a treatment?',
      'What comes next?',
    ],
  },

  {
    id: 'rfa',
    name: 'Radiofrequency ablation (facet joint nerves)',
    shortName: 'Radiofrequency ablation',
    summary: { text: 'Radio waves heat facet joint nerves to stop pain signals for a while.', sources: ['spine-health-rfa-procedure'], certainty: 'moderate' },
    treats: { text: 'Lasting facet joint pain, after a helpful test block.', sources: ['nice-ng59'], certainty: 'moderate' },
    notFor: { text: 'No relief from a test block.', sources: ['nice-ng59'], certainty: 'moderate' },
    setting: { text: 'A clinic or surgery center.', sources: ['spine-health-rfa-procedure'], certainty: 'moderate' },
    anesthesia: { text: 'Numbing medicine, sometimes light sedation.', sources: ['spine-health-rfa-procedure'], certainty: 'moderate' },
    duration: { text: '30 to 60 minutes.', sources: ['clearway-rfa'], certainty: 'low' },
    imaging: { text: 'Live X-ray.', sources: ['spine-health-rfa-procedure'], certainty: 'moderate' },
    sameDayHome: { text: 'Yes, with a driver.', sources: ['restore-pdx'], certainty: 'low' },
    recovery: { text: 'Soreness for 1 to 4 days.', sources: ['restore-pdx'], certainty: 'low' },
    reliefDuration: { text: 'If it works, often 6 to 12 months.', sources: ['mccormick-2015'], certainty: 'low' },
    effectiveness: { text: 'Studies disagree. MINT (large): almost no added benefit at 3 months (0.18 of 10 points). Cochrane (weak trials): 1.5 points less pain than a fake procedure, short term.', sources: ['mint-2017', 'cochrane-rfa-2015'], certainty: 'low' },
    figures: [
      { outcome: 'had their pain drop by 30% or more', value: 46, per: 100, comparison: { label: 'with exercise alone', value: 36 }, timeFrame: '3 months', population: 'facet pain (MINT); the gap could be chance', sources: ['mint-2017'], certainty: 'moderate' },
    ],
    risks: [
      { id: 'neuritis', label: 'Painful nerve irritation', severity: 'side-effect', perThousand: 22, basis: 'people', timeFrame: 'in the weeks after', sources: ['facts-2018'], certainty: 'low' },
      { id: 'burning', label: 'Sunburn-like feeling or itching', severity: 'side-effect', basis: 'people', noRate: 'Can last a couple of weeks; no rate known.', timeFrame: 'in the weeks after', sources: ['restore-pdx'], certainty: 'very-low' },
      { id: 'serious', label: 'Serious problems, mostly unrelated to it', severity: 'serious', perThousand: 30, basis: 'people', timeFrame: 'in one trial', sources: ['facts-2018'], certainty: 'low' },
    ],
    debate: { text: 'A 2025 BMJ guideline strongly advises against joint ablation for pain of 3 months or more. NICE supports it after a positive test block.', sources: ['bmj-2025', 'nice-ng59'], certainty: 'moderate' },
    tags: ['needle'],
    milestones: [
      { phase: 'day-0', fromDay: 0, kind: 'driving', text: 'No driving today.', sources: ['clearway-rfa'], certainty: 'low' },
      { phase: 'days-1-3', fromDay: 0, toDay: 3, kind: 'warning', text: afterProcedureWarning, sources: warningSources, certainty: 'moderate' },
      { phase: 'days-1-3', fromDay: 1, kind: 'work', text: 'Desk work the next day.', sources: ['clearway-rfa'], certainty: 'low' },
      { phase: 'weeks-2-6', fromDay: 14, toDay: 21, kind: 'relief', text: 'Full relief, if any, in 2 to 3 weeks.', sources: ['restore-pdx'], certainty: 'low' },
      { phase: 'month-3', fromDay: 90, kind: 'follow-up', text: 'Trials judged results at about 3 months.', sources: ['mint-2017'], certainty: 'moderate' },
      { phase: 'months-6-12', fromDay: 180, kind: 'repeat', text: 'Can be repeated if good relief wears off.', sources: ['restore-pdx'], certainty: 'low' },
    ],
    questions: [
      'What did my test blocks show?',
      'Does my pacemaker or implant matter?',
    ],
  },

  {
    id: 'scs',
    name: 'Spinal cord stimulation',
    shortName: 'Spinal cord stimulator',
    summary: { text: 'After a trial, implanted wires send mild pulses to the spinal cord.', sources: ['fda-scs-2020'], certainty: 'moderate' },
    treats: { text: 'Lasting nerve pain, mostly leg pain after back surgery.', sources: ['nice-ta159'], certainty: 'moderate' },
    notFor: { text: 'Under half the pain gone in the trial; active cancer; pregnancy.', sources: ['fda-scs-2020', 'process-2008'], certainty: 'low' },
    setting: { text: 'Trial through a needle; implant by operation.', sources: ['idaho-scs', 'nca-scs'], certainty: 'low' },
    anesthesia: { text: 'Trial: numbing medicine and light sedation.', sources: ['idaho-scs'], certainty: 'low' },
    duration: { text: 'Trial: 3 to 7 days.', sources: ['fda-scs-2020'], certainty: 'moderate' },
    imaging: { text: 'Live X-ray.', sources: ['idaho-scs'], certainty: 'low' },
    sameDayHome: { text: 'Yes, if an adult takes you home and stays the night.', sources: ['nca-scs'], certainty: 'moderate' },
    recovery: { text: 'Healing takes 4 to 6 weeks.', sources: ['weill-cornell-scs'], certainty: 'low' },
    reliefDuration: { text: 'Can fade; the main reason devices are removed.', sources: ['explant-uk-2020'], certainty: 'low' },
    effectiveness: { text: 'PROCESS: more had leg pain halved; no effect on back pain reported. Cochrane: probably little or no lasting benefit for low back pain.', sources: ['process-2008', 'cochrane-scs-2023'], certainty: 'moderate' },
    figures: [
      { outcome: 'had at least half their leg pain relieved', value: 48, per: 100, comparison: { label: 'with medical care alone', value: 9 }, timeFrame: '6 months', population: 'leg pain after back surgery, PROCESS trial', sources: ['nice-ta159'], certainty: 'low' },
    ],
    risks: [
      { id: 'revision', label: 'Surgery to fix the device (older type)', severity: 'serious', perThousand: 310, basis: 'people', timeFrame: 'within 2 years', sources: ['process-2008'], certainty: 'low' },
      { id: 'removal', label: 'Device removed, mostly as relief faded', detail: 'One UK centre, all kinds of nerve stimulators.', severity: 'serious', perThousand: 178, basis: 'implants', timeFrame: 'within 5 years', sources: ['explant-uk-2020'], certainty: 'low' },
      { id: 'migration', label: 'Wires moving, which can end the relief', severity: 'serious', perThousand: 100, basis: 'people', timeFrame: 'during the studies', sources: ['west-2023'], certainty: 'low' },
      { id: 'infection', label: 'Infection', severity: 'serious', perThousand: 38, basis: 'people', timeFrame: 'during the studies', sources: ['blackburn-2021'], certainty: 'low' },
      { id: 'reports', label: 'Problems reported to the FDA', severity: 'serious', basis: 'implants', noRate: 'Over 107,000 in 4 years; reports are not rates.', timeFrame: '2016 to 2020', sources: ['fda-scs-2020'], certainty: 'low' },
    ],
    debate: { text: 'NICE supports it after a good trial; Cochrane does not for low back pain. Makers paid for SENZA (Nevro) and PROCESS (Medtronic). The 2025 BMJ guideline does not advise against it.', sources: ['nice-ta159', 'cochrane-scs-2023', 'senza-2016', 'process-2008', 'bmj-2025'], certainty: 'moderate' },
    tags: ['needle', 'implant', 'surgery'],
    // Day 0 is the implant; the trial before it is shown at day -7.
    milestones: [
      { phase: 'trial', fromDay: -7, kind: 'follow-up', text: 'An implant only if the trial cut pain by half.', sources: ['fda-scs-2020'], certainty: 'moderate' },
      { phase: 'day-0', fromDay: 0, kind: 'driving', text: 'An adult must drive you home and stay the night.', sources: ['nca-scs'], certainty: 'moderate' },
      { phase: 'days-1-3', fromDay: 0, toDay: 56, kind: 'activity', text: 'No bending, twisting, stretching or lifting over 5 lb until your team says (often 6 to 8 weeks): the wires can move.', sources: ['abbott-scs'], certainty: 'low' },
      { phase: 'days-1-3', fromDay: 0, toDay: 3, kind: 'warning', text: afterProcedureWarning, sources: warningSources, certainty: 'moderate' },
      { phase: 'weeks-2-6', fromDay: 28, toDay: 42, kind: 'work', text: 'Ask when to work. Healing takes 4 to 6 weeks.', sources: ['weill-cornell-scs'], certainty: 'low' },
      { phase: 'months-6-12', fromDay: 365, kind: 'relief', text: 'At 1 year, 34 in 100 had leg pain halved (7 in 100 with medical care alone).', sources: ['nice-ta159'], certainty: 'low' },
    ],
    questions: [
      'Is my pain mainly in my leg or back?',
      'Can I still have MRI scans?',
    ],
  },

  {
    id: 'discectomy',
    name: 'Percutaneous or endoscopic discectomy (keyhole disc surgery)',
    shortName: 'Keyhole disc surgery',
    summary: { text: 'Through a 1 cm cut, a camera helps remove disc pressing on a nerve.', sources: ['gadjradj-2022'], certainty: 'moderate' },
    treats: { text: 'Severe sciatica from a bulging disc, lasting 6 weeks or more.', sources: ['peul-2007'], certainty: 'moderate' },
    notFor: { text: 'Sudden bladder or bowel problems: emergency care instead.', sources: ['bmj-bp-ces'], certainty: 'moderate' },
    setting: { text: 'A hospital or surgery center.', sources: ['greenberg-discectomy'], certainty: 'low' },
    anesthesia: { text: 'Needle methods: numbing medicine, with or without sedation.', sources: ['nice-ipg173', 'nice-ipg141'], certainty: 'low' },
    duration: { text: 'Not confirmed; shorter stay than open surgery.', sources: ['gadjradj-2022'], certainty: 'low' },
    imaging: { text: 'Camera and live X-ray.', sources: ['gadjradj-2022'], certainty: 'low' },
    sameDayHome: { text: 'Often, or after one night.', sources: ['greenberg-discectomy'], certainty: 'low' },
    recovery: { text: 'Walking within hours; heavy work at 6 to 8 weeks.', sources: ['greenberg-discectomy'], certainty: 'low' },
    reliefDuration: { text: 'At 1 year, results match waiting.', sources: ['peul-2007'], certainty: 'moderate' },
    effectiveness: { text: 'Trials of standard disc surgery: faster recovery than waiting (4 weeks vs 12), but similar at 1 year. Sciatica of 4 to 12 months: leg pain 2.8 vs 5.2 of 10 at 6 months.', sources: ['peul-2007', 'bailey-2020'], certainty: 'moderate' },
    figures: [
      { outcome: 'felt recovered', value: 95, per: 100, comparison: { label: 'with non-surgical care first, surgery if needed', value: 95 }, timeFrame: '1 year', population: 'severe sciatica, early surgery', sources: ['peul-2007'], certainty: 'moderate' },
    ],
    risks: [
      { id: 'reoperation', label: 'Another operation', detail: 'Nearly twice as many after standard surgery.', severity: 'serious', perThousand: 40, basis: 'people', timeFrame: 'during the studies', sources: ['bombieri-2022'], certainty: 'low' },
      { id: 'leak', label: 'Spinal fluid leak', detail: 'Twice as many after standard surgery.', severity: 'serious', perThousand: 11, basis: 'people', timeFrame: 'during surgery', sources: ['bombieri-2022'], certainty: 'low' },
      { id: 'nerve', label: 'Nerve root injury', detail: 'A quarter as many after standard surgery.', severity: 'serious', perThousand: 12, basis: 'people', timeFrame: 'during surgery', sources: ['bombieri-2022'], certainty: 'low' },
      { id: 'numbness', label: 'Nerve problems; some are brief numbness or burning', detail: 'About half as many after standard surgery.', severity: 'serious', perThousand: 49, basis: 'people', timeFrame: 'during the studies', sources: ['bombieri-2022'], certainty: 'low' },
    ],
    debate: { text: 'Older reviews: more repeat bulges after keyhole surgery. A large 2022 trial (experienced surgeons): as good as open surgery, or slightly better. Automated needle removal did worse than standard surgery in one small trial (29 vs 80 in 100 did well).', sources: ['mid-2014', 'gadjradj-2022', 'nice-ipg141'], certainty: 'moderate' },
    tags: ['surgery', 'needle'],
    milestones: [
      { phase: 'day-0', fromDay: 0, kind: 'relief', text: 'Walking within hours; leg pain often eases fast.', sources: ['greenberg-discectomy'], certainty: 'low' },
      { phase: 'day-0', fromDay: 0, toDay: 14, kind: 'driving', text: 'No driving on strong (opioid) pain medicine.', sources: ['greenberg-discectomy'], certainty: 'low' },
      { phase: 'days-1-3', fromDay: 0, toDay: 3, kind: 'warning', text: afterProcedureWarning, sources: warningSources, certainty: 'moderate' },
      { phase: 'week-1', fromDay: 7, toDay: 14, kind: 'follow-up', text: 'First check-up in 1 to 2 weeks.', sources: ['greenberg-discectomy'], certainty: 'low' },
      { phase: 'weeks-2-6', fromDay: 21, toDay: 56, kind: 'work', text: 'One clinic: desk work at 3 to 4 weeks, heavy at 6 to 8.', sources: ['greenberg-discectomy'], certainty: 'low' },
      { phase: 'months-6-12', fromDay: 180, kind: 'repeat', text: 'If the disc bulges again, surgery may be repeated.', sources: ['bombieri-2022'], certainty: 'low' },
    ],
    questions: [
      'How many of these have you done?',
      'Will I get better if I wait?',
    ],
  },

  {
    id: 'vertebroplasty',
    name: 'Vertebroplasty or kyphoplasty (cement for a spine fracture)',
    shortName: 'Vertebroplasty / kyphoplasty',
    summary: { text: 'A needle puts cement into a broken spine bone; kyphoplasty first uses a balloon.', sources: ['nice-ta279'], certainty: 'moderate' },
    treats: { text: 'Severe pain from a recent, unhealed fracture of thin bones (osteoporosis).', sources: ['nice-ta279'], certainty: 'moderate' },
    notFor: { text: 'Healed fractures, infection, bleeding problems or spinal cord pressure.', sources: ['cochrane-vp-2018'], certainty: 'moderate' },
    setting: { text: 'Usually outpatient.', sources: ['uw-radiology'], certainty: 'moderate' },
    anesthesia: { text: 'Sedation with numbing medicine, or full anesthesia.', sources: ['uw-radiology'], certainty: 'moderate' },
    duration: { text: 'About 60 minutes.', sources: ['uw-radiology'], certainty: 'moderate' },
    imaging: { text: 'Live X-ray or CT.', sources: ['uw-radiology'], certainty: 'moderate' },
    sameDayHome: { text: 'Usually, after 1 to 2 hours.', sources: ['uw-radiology'], certainty: 'moderate' },
    recovery: { text: 'No heavy lifting, bending or twisting for weeks, up to 3 months.', sources: ['desert-pain-vp'], certainty: 'low' },
    reliefDuration: { text: 'Pain eases about as much as after a fake procedure.', sources: ['cochrane-vp-2018'], certainty: 'moderate' },
    effectiveness: { text: 'Trials against a fake procedure, and Cochrane (2018): little or no benefit. FREE (kyphoplasty; not blinded; paid for by Medtronic): small quality-of-life gain.', sources: ['cochrane-vp-2018', 'free-2009'], certainty: 'moderate' },
    figures: [
      { outcome: 'had their pain fall below 4 out of 10', value: 44, per: 100, comparison: { label: 'with a fake procedure', value: 21 }, timeFrame: '2 weeks', population: 'severe pain, fracture under 6 weeks, most in hospital, VAPOUR trial', sources: ['vapour-2016'], certainty: 'low' },
    ],
    risks: [
      { id: 'cement', label: 'Cement leaking into the spinal canal', severity: 'serious', lowPerThousand: 7, highPerThousand: 8, basis: 'people', timeFrame: 'that day', sources: ['josr-2019'], certainty: 'low' },
      { id: 'serious', label: 'Bleeding or urine infection', severity: 'serious', perThousand: 13, basis: 'people', timeFrame: 'in one trial', sources: ['free-2009'], certainty: 'low' },
      { id: 'fractures', label: 'New fractures in other spine bones', detail: 'About 250 in 1,000 without it; the gap could be chance.', severity: 'serious', perThousand: 165, basis: 'people', timeFrame: 'in one trial', sources: ['klazen-2010'], certainty: 'low' },
    ],
    debate: { text: 'Most trials against a fake procedure found little or no benefit; VAPOUR found some. Yet NICE (2013) supports it for severe pain from a recent fracture. Bone experts (2019): no clear benefit, and too little proof for kyphoplasty.', sources: ['cochrane-vp-2018', 'nice-ta279', 'vapour-2016', 'asbmr-2019'], certainty: 'moderate' },
    tags: ['needle'],
    milestones: [
      { phase: 'day-0', fromDay: 0, kind: 'driving', text: 'Have someone drive you home.', sources: ['skyridge-vp'], certainty: 'very-low' },
      { phase: 'days-1-3', fromDay: 0, toDay: 3, kind: 'warning', text: afterProcedureWarning, sources: warningSources, certainty: 'moderate' },
      { phase: 'weeks-2-6', fromDay: 7, toDay: 90, kind: 'work', text: 'No heavy lifting, bending or twisting for weeks, up to 3 months.', sources: ['desert-pain-vp'], certainty: 'low' },
      { phase: 'weeks-2-6', fromDay: 14, toDay: 84, kind: 'relief', text: 'Pain eases about as much as after a fake procedure.', sources: ['cochrane-vp-2018'], certainty: 'moderate' },
      { phase: 'weeks-2-6', fromDay: 14, toDay: 42, kind: 'follow-up', text: 'Ask about bone care: new fractures are common.', sources: ['klazen-2010'], certainty: 'low' },
    ],
    questions: [
      'Is my fracture still healing?',
      'How will we prevent the next fracture?',
    ],
  },

  {
    id: 'conservative',
    name: 'No procedure for now: staying active, therapy, medicines',
    shortName: 'Care without a procedure',
    summary: { text: 'Staying active, exercise, heat, and medicines if wanted.', sources: ['acp-2017'], certainty: 'moderate' },
    treats: { text: 'Most back pain, as the first step.', sources: ['acp-2017'], certainty: 'moderate' },
    notFor: { text: redFlags, sources: redFlagSources, certainty: 'moderate' },
    setting: { text: 'Home, physical therapy or your doctor.', sources: ['acp-2017'], certainty: 'moderate' },
    anesthesia: { text: 'None.', sources: ['acp-2017'], certainty: 'high' },
    duration: { text: 'Weeks to months, at your pace.', sources: ['acp-2017'], certainty: 'moderate' },
    imaging: { text: 'No scan in the first 6 weeks without warning signs.', sources: ['nass-choosing-wisely'], certainty: 'moderate' },
    sameDayHome: { text: 'Yes. Stay active.', sources: ['nass-choosing-wisely'], certainty: 'moderate' },
    recovery: { text: 'Most new back pain gets better over time.', sources: ['acp-2017'], certainty: 'moderate' },
    reliefDuration: { text: 'Varies; in a sciatica trial, 60 in 100 recovered without surgery.', sources: ['peul-2007'], certainty: 'moderate' },
    effectiveness: { text: 'Guidelines say to try this first. Heat, anti-inflammatory medicines and muscle relaxants help newer pain.', sources: ['acp-2017'], certainty: 'moderate' },
    figures: [
      { outcome: 'felt recovered', value: 95, per: 100, comparison: { label: 'with early surgery', value: 95 }, timeFrame: '1 year', population: 'severe sciatica, non-surgical care first, surgery if needed', sources: ['peul-2007'], certainty: 'moderate' },
    ],
    risks: [
      { id: 'opioids', label: 'Risks of opioid medicines', severity: 'serious', basis: 'people', noRate: 'Guidelines advise them only if other medicines fail.', timeFrame: 'while taking them', sources: ['acp-2017'], certainty: 'low' },
      { id: 'slower', label: 'Slower recovery from sciatica', severity: 'side-effect', basis: 'people', noRate: 'About 12 weeks instead of 4 in one trial.', timeFrame: 'in the first 3 months', sources: ['peul-2007'], certainty: 'moderate' },
    ],
    debate: { text: 'A 2025 BMJ guideline strongly advises against most spine injections and ablation for pain of 3 months or more; NICE supports some.', sources: ['bmj-2025', 'nice-ng59'], certainty: 'moderate' },
    tags: [],
    // Day 0 is the day you start.
    milestones: [
      { phase: 'day-0', fromDay: 0, toDay: 2, kind: 'activity', text: 'Keep moving; no bed rest over 48 hours.', sources: ['nass-choosing-wisely'], certainty: 'moderate' },
      { phase: 'day-0', fromDay: 0, toDay: 42, kind: 'warning', text: redFlags, sources: redFlagSources, certainty: 'moderate' },
      { phase: 'month-3', fromDay: 84, kind: 'follow-up', text: 'After 12 weeks, review the plan; non-drug care still comes first.', sources: ['acp-2017'], certainty: 'moderate' },
      { phase: 'months-6-12', fromDay: 365, kind: 'relief', text: 'Most people with sciatica feel recovered by 1 year.', sources: ['peul-2007'], certainty: 'moderate' },
    ],
    questions: [
      'What is likely if I wait?',
      'Which pain medicines are safe for me?',
    ],
  },
];
