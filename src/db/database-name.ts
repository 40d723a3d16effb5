/** The name of the app's database in the browser (tests open others, each under its own name). */
export const DATABASE_NAME = 'vuosikello';
