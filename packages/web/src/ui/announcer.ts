/** Says something to screen readers (and shows it briefly): a polite live region. */
export function announce(message: string): void {
    const region = document.getElementById('annonces');
    if (!region) {
        return;
    }
    region.textContent = '';
    // A new text node after a tick, so that the same message twice is read twice.
    setTimeout(() => {
        region.textContent = message;
    }, 50);
}
