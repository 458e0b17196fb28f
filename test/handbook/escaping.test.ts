import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { escapeHtml, safeUrl, type HandbookFile } from '@tutorat/handbook';
import { attribute, handbooksOf, Page } from './support.js';

/**
 * Hostile text in every kind of field: names and titles (« … »), free texts, e-mails, ESCO URIs,
 * scale levels, criteria. The handbooks must show it as text and never let it act.
 */
const SCRIPT = '<script>alert(1)</script>';
const BREAKER = '"><img src=x onerror=alert(2)>';
const SINGLE = '\' onfocus=\'alert(3)\' x=\'';

const FILES = {
    'institution.tutorat': `institution Piège « ${SCRIPT} » {
    adresse "${BREAKER.replace(/"/g, '\\"')}"
    charte « </title><script>alert(4)</script> » {
        enjeux formation-des-stagiaires, « <b onmouseover=alert(5)>gras</b> »
        projet institutionnel "${SINGLE}"
        suppléance « </style><script>alert(6)</script> »
        ressources { temps dédié « javascript:alert(7) » }
        profil du tuteur { description « ]]><!-- --> <!DOCTYPE x> » }
    }
    service Soins « <svg onload=alert(8)> » { responsable Cheffe }
    personne Cheffe « Cheffe <u>soulignée</u> » { rôle direction courriel « javascript:alert(9) » }
    tutrice Eve "Eve${BREAKER.replace(/"/g, '\\"')}" { service Soins courriel « eve@example.org » téléphone « <b>0470</b> » }
    tutoré Tom « Tom ${SCRIPT} » { situation stage organisme École courriel "x\\"@evil.org" }
    organisme partenaire École « École ${SCRIPT} » {
        type enseignement
        adresse « <iframe src=javascript:alert(10)> »
        référente Rita « Rita ${SCRIPT} » { fonction « <i>maîtresse</i> » courriel « rita@ecole.be" onclick="alert(11) » }
    }
    duo Eve accompagne Tom {
        période du 01/09/2026 au 30/09/2026
        suppléant Cheffe
        entretiens chaque semaine
        premier contact le 25/08/2026 « ${SCRIPT} »
        documents remis projet-institutionnel, « <a href="javascript:alert(12)">doc</a> »
        mission { horaire « ${SCRIPT} » activités « ${BREAKER} » }
    }
    parcours P « Parcours ${SCRIPT} » pour Tom {
        référentiel R
        période du 01/09/2026 au 30/09/2026
        compétences visées C1
        stage avec École { objectifs « ${SCRIPT} » référente Rita assurance « ${BREAKER} » }
        phase accueil « Phase </h5><script>alert(13)</script> » du 01/09/2026 au 10/09/2026 {
            activité « Activité ${SCRIPT} » le 02/09/2026 développe C1
            auto-évaluation chaque semaine « ${SCRIPT} »
        }
        phase évaluation du 11/09/2026 au 30/09/2026 {
            évaluation finale « Éval ${SCRIPT} » le 29/09/2026 par Eve, École.Rita sur C1
        }
    }
}
`,
    'referentiel.tutorat': `référentiel R « Référentiel ${SCRIPT} » {
    échelle « ${SCRIPT} », « ${BREAKER} », « ok »
    compétence C1 « Compétence ${SCRIPT} » {
        esco « javascript:alert(14) »
        critère « Critère ${BREAKER} » { indicateur « Indicateur ${SCRIPT} » }
    }
}
`,
    'modele.tutorat': `modèle de charte Mdl « Modèle ${SCRIPT} » {
    fédération « ${BREAKER} »
    description « ${SCRIPT} »
    suppléance à compléter « Indice ${SCRIPT} »
}
`
};

describe('hostile text in the documents', () => {
    let files: HandbookFile[];

    beforeAll(async () => {
        ({ files } = await handbooksOf(FILES));
    });

    test('the documents really carry the payloads into every kind of handbook', () => {
        expect(files.map((file) => file.kind).sort()).toEqual(['duo', 'institution', 'template']);
        for (const file of files) {
            expect(new Page(file.html).text()).toContain('<script>alert(1)</script>');
        }
    });

    test('no payload becomes an element, an attribute or a link', () => {
        for (const file of files) {
            const page = new Page(file.html);
            const elements = page.all();
            expect(elements.filter((element) => ['script', 'iframe', 'img', 'svg', 'object', 'embed', 'link', 'base', 'form', 'input', 'textarea', 'u', 'b', 'i'].includes(element.tagName)), file.fileName).toEqual([]);
            expect(page.all('style'), file.fileName).toHaveLength(1);
            expect(page.all('title'), file.fileName).toHaveLength(1);
            for (const element of elements) {
                for (const attr of element.attrs) {
                    expect(attr.name, `${file.fileName}: <${element.tagName} ${attr.name}>`).toMatch(/^(lang|charset|name|content|http-equiv|class|id|href|scope|aria-labelledby|aria-hidden)$/);
                }
                const href = attribute(element, 'href');
                if (href !== undefined) {
                    expect(href, file.fileName).toMatch(/^(#[a-z0-9-]+|mailto:[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+|https?:\/\/[^\s"'<>]+)$/);
                }
                expect(attribute(element, 'src')).toBeUndefined();
            }
        }
    });

    test('only real e-mail addresses become mailto links', () => {
        const page = new Page(files.find((file) => file.kind === 'institution')!.html);
        const mailtos = page.all('a').map((anchor) => attribute(anchor, 'href')!).filter((href) => href.startsWith('mailto:'));
        expect(mailtos.sort()).toEqual(['mailto:eve@example.org']);
        expect(page.text()).toContain('rita@ecole.be" onclick="alert(11)');
    });

    test('the running header cannot end the style sheet', () => {
        for (const file of files) {
            const css = new Page(file.html).all('style')[0];
            const text = css.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
            expect(text).not.toMatch(/<\/|<script/i);
            expect(text).toContain('@page');
        }
    });

    test('stay valid HTML, as do the handbooks of an almost empty workspace', async () => {
        const { files: sparse } = await handbooksOf({
            'vide.tutorat': 'institution Vide {}\ninstitution Seule { charte { } tutoré Solo duo Absent accompagne Solo }\nmodèle de charte Creux { }\n'
        });
        const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
        for (const file of [...files, ...sparse]) {
            const report = await validator.validateString(file.html, file.fileName);
            expect(report.results.flatMap((result) => result.messages.map((message) => `${file.fileName}:${message.line} ${message.ruleId} ${message.message}`))).toEqual([]);
        }
        expect(sparse.map((file) => file.fileName)).toEqual(['seule.html', 'seule-absent-solo.html', 'vide.html', 'modele-creux.html']);
    });

    test('the title is plain text', () => {
        const page = new Page(files.find((file) => file.kind === 'institution')!.html);
        const title = page.all('title')[0];
        expect(title.childNodes.map((node) => ('value' in node ? node.value : '')).join('')).toContain('<script>');
    });
});

describe('the escaping function and the link filter', () => {
    test('escape the five characters that matter and drop control characters', () => {
        expect(escapeHtml('<a href="x" title=\'y\'>&</a>\u0000\u0007')).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    });

    test('keep only http(s) URLs and e-mail addresses', () => {
        expect(safeUrl('javascript:alert(1)')).toBeUndefined();
        expect(safeUrl(' JaVaScRiPt:alert(1)')).toBeUndefined();
        expect(safeUrl('data:text/html,<script>')).toBeUndefined();
        expect(safeUrl('vbscript:x')).toBeUndefined();
        expect(safeUrl('//evil.example/x')).toBeUndefined();
        expect(safeUrl('https://user:pw@evil.example/')).toBeUndefined();
        expect(safeUrl('http://data.europa.eu/esco/skill/5b0d"onmouseover=x')).toBeUndefined();
        expect(safeUrl('http://data.europa.eu/esco/skill/5b0d4ab1')).toBe('http://data.europa.eu/esco/skill/5b0d4ab1');
        expect(safeUrl('catherine.dubois@helha.be')).toBe('mailto:catherine.dubois@helha.be');
        expect(safeUrl('mailto:x@y.be?subject=<b>')).toBeUndefined();
    });
});
