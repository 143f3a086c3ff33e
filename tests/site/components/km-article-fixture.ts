/** One KM article in Thai, as src/site/km.ts hands articles to the pages: the component tests' documented example. */
export const THAI_ARTICLE = {
  slug: 'audit-visit-with-the-book',
  lang: 'th',
  file: 'content/km/audit-visit-with-the-book.md',
  title: 'ตรวจสุขภาพกลุ่มด้วยสมุดตรวจสุขภาพ',
  author: 'นางสาวสมศรี ใจดี',
  position: 'นักวิชาการพัฒนาชุมชน',
  office: 'สำนักงานพัฒนาชุมชนอำเภอตาคลี',
  date: '2024-06-28',
  tags: [] as string[],
  indicators: [] as string[],
  summary: 'ขั้นตอนการตรวจกับคณะกรรมการกลุ่ม',
  body: '',
  html: '',
};
