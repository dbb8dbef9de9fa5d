// A site.json with two help desks (docs/hosting.md, "help_desks"), as a web manager writes it:
// one with every field, one with its name alone.
export const DESKS_SITE = {
  operator: { ja: '架空県 産業振興課', en: 'Kakū Prefecture, Industry Division' },
  help_desks: [
    {
      name: { ja: '架空県よろず支援拠点', en: 'Kakū Yorozu Support Center' },
      url: 'https://yorozu.example.jp/',
      phone: '000-000-0000',
      hours: { ja: '平日 9:00〜17:00', en: 'Weekdays 9:00–17:00' },
    },
    { name: '架空商工会議所 中小企業相談所' },
  ],
};

/** The site.json route for a server mounted at `mount`. */
export function desksSite(mount) {
  return { [`${mount}site.json`]: { type: 'application/json; charset=utf-8', body: JSON.stringify(DESKS_SITE) } };
}
