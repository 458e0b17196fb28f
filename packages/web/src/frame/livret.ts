// The handbook preview's frame (livret.html): it receives the handbook's HTML from the application (same origin
// only) and shows it. The page is parsed, not run: the parser never runs scripts it creates, and this page's own
// policy allows no inline script — only the handbook's styles.

addEventListener('message', (event: MessageEvent<{ html?: string }>) => {
    if (event.origin !== location.origin || typeof event.data?.html !== 'string') {
        return;
    }
    const parsed = new DOMParser().parseFromString(event.data.html, 'text/html');
    document.title = parsed.title;
    document.documentElement.lang = parsed.documentElement.lang || 'fr';
    document.head.replaceChildren(...[...parsed.head.childNodes].filter((node) => node.nodeName !== 'SCRIPT').map((node) => document.adoptNode(node)));
    document.body.replaceWith(document.adoptNode(parsed.body));
});
