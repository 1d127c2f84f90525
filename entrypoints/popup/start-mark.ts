// Imported first by main.tsx, so it runs before the glossary and the app are evaluated:
// bench/popup-open.ts subtracts it from perfusion-glossary:popup-ready to get the popup's own cost.
performance.mark('perfusion-glossary:popup-start');
