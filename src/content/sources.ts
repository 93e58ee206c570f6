import type { Source } from './schema.js';

/*
 * Every source cited by the default content, from section 12 (and the errata, section 13)
 * of the evidence brief. Titles are shortened. Web pages without a date have no year.
 * A URL is left out where the brief gives none, or only a third-party summary or copy.
 * `weak` marks clinic pages and secondary copies.
 */
export const sources: Record<string, Source> = {
  // Guidelines, regulators and policy
  'bmj-2025': { title: 'Chronic spine pain procedures (guideline)', publisher: 'BMJ', year: 2025, url: 'https://doi.org/10.1136/bmj-2024-079970' },
  'nice-ng59': { title: 'Low back pain and sciatica (NG59)', publisher: 'NICE', year: 2016, url: 'https://www.nice.org.uk/guidance/ng59' },
  'nice-ta159': { title: 'Spinal cord stimulation (TA159)', publisher: 'NICE', year: 2008, url: 'https://www.nice.org.uk/guidance/TA159/chapter/1-recommendations' },
  'nice-ta279': { title: 'Vertebroplasty and kyphoplasty (TA279)', publisher: 'NICE', year: 2013, url: 'https://www.nice.org.uk/guidance/ta279' },
  'hwe-icb': { title: 'Injections and nerve ablation for back pain', publisher: 'NHS Herts and West Essex', url: 'https://www.hweclinicalguidance.nhs.uk/clinical-policies/injections-and-radiofrequency-denervation-for-non-specific-back-pain/' },
  'nice-ipg173': { title: 'Coblation of the disc (IPG173)', publisher: 'NICE', year: 2006, url: 'http://www.nice.org.uk/guidance/IPG173' },
  'acp-2017': { title: 'Noninvasive care for low back pain', publisher: 'Ann Intern Med', year: 2017 },
  'medicare-esi-lcd': { title: 'Epidural injection coverage', publisher: 'CMS', weak: true },
  'fda-2014': { title: 'Epidural steroid warning', publisher: 'FDA', year: 2014, url: 'http://www.fda.gov/Drugs/DrugSafety/ucm394280.htm' },
  'fda-scs-2020': { title: 'Stimulator trial before implant', publisher: 'FDA', year: 2020, url: 'https://www.fda.gov/medical-devices/letters-health-care-providers/conduct-trial-stimulation-period-implanting-spinal-cord-stimulator-scs-letter-health-care-providers' },

  // Red flags and conservative care
  'bmj-bp-ces': { title: 'Cauda equina syndrome', publisher: 'BMJ Best Practice' },
  'verhagen-2016': { title: 'Back pain red flags', publisher: 'Eur Spine J', year: 2016, url: 'https://doi.org/10.1007/s00586-016-4684-0' },
  'henschke-2009': { title: 'Serious back pain causes', publisher: 'Arthritis Rheum', year: 2009 },
  'nass-choosing-wisely': { title: 'Five things to question (NASS)', publisher: 'Choosing Wisely' },
  'bcbs-il-cw': { title: 'Choosing Wisely summary', publisher: 'BCBS of Illinois', year: 2018, weak: true },

  // Epidural steroid injection
  'cochrane-esi-2020': { title: 'Epidural steroids for sciatica', publisher: 'Cochrane', year: 2020, url: 'https://cochrane.org/CD013577' },
  'less-2014': { title: 'Epidural steroids for stenosis (LESS)', publisher: 'N Engl J Med', year: 2014, url: 'https://doi.org/10.1056/NEJMoa1313265' },
  'ghahreman-2010': { title: 'Steroid injections for sciatica', publisher: 'Pain Med', year: 2010, url: 'https://www.ncbi.nlm.nih.gov/pubmed/20704666' },
  'el-yahchouchi-2016': { title: 'Epidural injection side effects', publisher: 'Pain Med', year: 2016, url: 'https://pubmed.ncbi.nlm.nih.gov/26593277/' },
  'medscape-esi-freq-2018': { title: 'Epidural injection frequency', publisher: 'Medscape', year: 2018, url: 'https://www.medscape.com/answers/325733-123816/' },
  'commonspirit-esi': { title: 'Epidural steroid injections', publisher: 'CommonSpirit Health', url: 'https://www.commonspirit.org/conditions-treatments/epidural-steroid-injections' },
  'rutherford-esi': { title: 'Epidural steroid injection', publisher: 'Rutherford Regional', url: 'https://www.myrutherfordregional.com/services/outpatient-and-surgery-center/epidural-steroid-injection' },

  // Facet blocks and radiofrequency ablation
  'uci-mbb': { title: 'Medial branch blocks', publisher: 'UCI Health', url: 'https://ucihealth.org/medical-services/pain-wellness-center/medial-branch-blocks' },
  'yellowstone-mbb': { title: 'Medial branch procedure', publisher: 'Yellowstone Surgery', weak: true },
  'cohen-2010': { title: 'Test blocks before ablation', publisher: 'Anesthesiology', year: 2010, url: 'https://pubs.asahq.org/anesthesiology/article/113/2/395/10398/' },
  'facts-2018': { title: 'Facet blocks vs saline (FACTS)', publisher: 'Anesthesiology', year: 2018, url: 'https://doi.org/10.1097/ALN.0000000000002274' },
  'mint-2017': { title: 'Radiofrequency denervation (MINT)', publisher: 'JAMA', year: 2017, url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5541325' },
  'cochrane-rfa-2015': { title: 'Radiofrequency denervation (review)', publisher: 'Cochrane', year: 2015, url: 'https://doi.org/10.1002/14651858.CD008572.pub2' },
  'mccormick-2015': { title: 'Facet ablation outcomes', publisher: 'Int J Anesth Anesthesiol', year: 2015, url: 'https://clinmedjournals.org/articles/ijaa/ijaa-2-028.php' },
  'spine-health-rfa-procedure': { title: 'Radiofrequency ablation recovery', publisher: 'Spine-health', url: 'https://www.spine-health.com/treatment/injections/radiofrequency-ablation-rfa-procedure-and-recovery' },
  'clearway-rfa': { title: 'Radiofrequency ablation', publisher: 'Clearway Pain', weak: true },
  'restore-pdx': { title: 'Radiofrequency ablation', publisher: 'Restore PDX', weak: true },

  // Spinal cord stimulation
  'process-2008': { title: 'Spinal cord stimulation (PROCESS)', publisher: 'Neurosurgery', year: 2008, url: 'https://pubmed.ncbi.nlm.nih.gov/18981888/' },
  'senza-2016': { title: '10 kHz stimulation (SENZA)', publisher: 'Neurosurgery', year: 2016, url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5058646' },
  'cochrane-scs-2023': { title: 'Stimulation for low back pain', publisher: 'Cochrane', year: 2023, url: 'https://doi.org/10.1002/14651858.cd014789.pub2' },
  'blackburn-2021': { title: 'Stimulator complications', publisher: 'World Neurosurg', year: 2021 },
  'west-2023': { title: 'Stimulator wires moving', publisher: 'Neuromodulation', year: 2023, url: 'https://pubmed.ncbi.nlm.nih.gov/37204361/' },
  'abbott-scs': { title: 'Recovering after the procedure', publisher: 'Abbott (device maker)', url: 'https://www.sjm.com/en/patients/chronic-pain/getting-a-system/recovering-after-the-procedure', weak: true },
  'explant-uk-2020': { title: 'Stimulator removal rates', publisher: 'Reg Anesth Pain Med', year: 2020, url: 'http://www.pubmed.gov/32848088/' },
  'nca-scs': { title: 'After stimulator surgery', publisher: 'NHS Northern Care', url: 'https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/pain-service-getting-going-after-your-spinal-cord-stimulator-surgery' },
  'weill-cornell-scs': { title: 'Spinal cord stimulation', publisher: 'Weill Cornell', url: 'https://comprehensivespine.weillcornell.org/treatments/spinal-cord-stimulation' },
  'idaho-scs': { title: 'Spinal cord stimulator trial', publisher: 'Idaho Pain Relief', weak: true },

  // Discectomy
  'gadjradj-2022': { title: 'Endoscopic vs open discectomy', publisher: 'BMJ', year: 2022, url: 'https://www.bmj.com/content/376/bmj-2021-065846' },
  'bombieri-2022': { title: 'Discectomy complications', publisher: 'J Spine Surg', year: 2022, url: 'https://pubmed.ncbi.nlm.nih.gov/36285095/' },
  'nice-ipg141': { title: 'Automated needle discectomy (IPG141)', publisher: 'NICE', url: 'https://www.nice.org.uk/guidance/ipg141' },
  'mid-2014': { title: 'Keyhole vs standard discectomy', publisher: 'PubMed Central', year: 2014, url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4037525' },
  'peul-2007': { title: 'Surgery vs waiting for sciatica', publisher: 'N Engl J Med', year: 2007, url: 'http://repub.eur.nl/pub/35413/' },
  'bailey-2020': { title: 'Surgery for lasting sciatica', publisher: 'N Engl J Med', year: 2020 },
  'greenberg-discectomy': { title: 'Lumbar discectomy recovery', publisher: 'Greenberg Spine', weak: true },

  // Vertebroplasty and kyphoplasty
  'asbmr-2019': { title: 'Vertebral augmentation (Task Force)', publisher: 'J Bone Miner Res', year: 2019, url: 'https://doi.org/10.1002/jbmr.3653' },
  'cochrane-vp-2018': { title: 'Vertebroplasty for spine fracture', publisher: 'Cochrane', year: 2018, url: 'https://doi.org/10.1002/14651858.CD006349.pub4' },
  'vapour-2016': { title: 'Vertebroplasty vs sham (VAPOUR)', publisher: 'Lancet, via AJNR', year: 2016, weak: true },
  'klazen-2010': { title: 'New fractures (VERTOS II)', publisher: 'AJNR', year: 2010, url: 'https://www.ajnr.org/content/31/8/1447.full.txt' },
  'free-2009': { title: 'Kyphoplasty vs usual care (FREE)', publisher: 'Lancet', year: 2009, url: 'https://lup.lub.lu.se/search/publication/584f92ee-bf76-4f85-b643-800a9fc78baf' },
  'josr-2019': { title: 'Cement leaks (vertebroplasty)', publisher: 'J Orthop Surg Res', year: 2019, url: 'https://doi.org/10.1186/s13018-019-1459-4' },
  'uw-radiology': { title: 'Spine interventions', publisher: 'UW Radiology', url: 'https://rad.washington.edu/about-us/academic-sections/interventional-radiology/procedures/spinal-and-vertebral-interventions' },
  'skyridge-vp': { title: 'Vertebroplasty: what to expect', publisher: 'Skyridge', url: 'http://www.skyridgemedcenter.com/imaging_services/interventional-radiology/vertebroplasty-kyphoplasty/what-to-expect.htm', weak: true },
  'desert-pain-vp': { title: 'Kyphoplasty and vertebroplasty', publisher: 'Desert Pain', weak: true },
  // Quiz: things to tell your doctor
  'asra-2018': { title: 'Spine procedures and blood thinners (guideline)', publisher: 'Reg Anesth Pain Med', year: 2018, url: 'https://rapm.bmj.com/content/43/3/225' },
  'medscape-esi-contra-2018': { title: 'Contraindications for epidural steroid injections', publisher: 'Medscape', year: 2018, weak: true },
  'even-2012': { title: 'Epidural steroids and blood sugar in diabetes', publisher: 'Spine', year: 2012 },
};
