/** Finnish strings of the reminders on opening the app (a class's week, a principal's classes). */
export const fiReminders = {
  reminders: {
    title: 'Muistutukset',
    dismiss: 'Piilota tältä päivältä',
    dueThisWeek: 'Päättyy tällä viikolla (vko {{week}})',
    overdue: 'Myöhässä',
    dueOn: 'päättyy {{day}}',
    endedOn: 'päättyi {{day}}',
    more_one: '…ja {{count}} muu',
    more_other: '…ja {{count}} muuta',
    behindTitle: 'Jäljessä olevat luokat',
    behindItem: 'hoidettu {{percent}} %, luokka-asteen mediaani {{median}} %',
    behindHint:
      'Luokat, joiden ajallaan hoidettujen tehtävien osuus jää selvästi luokka-asteen mediaanista.',
  },
} as const;
