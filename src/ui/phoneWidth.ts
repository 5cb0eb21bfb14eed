/** The phone layout's width (workspace.css: the reading view without toolbar or file menu). */
export function isPhoneWidth(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 640px)').matches;
}
