// The inquirer prompts the terminal uses, and only those. Imported whole, @inquirer/prompts brings
// its editor prompt and with it a character-set detector and converter (about 560 kB of bundled
// code) that an interactive drill then loads before its first question; named here, the bundler
// keeps what is used (the editor answer has its own lazy import of @inquirer/external-editor).
export { confirm, input, select } from '@inquirer/prompts';
