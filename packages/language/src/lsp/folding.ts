import { CstUtils, type LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';

/**
 * Folding of blocks and `/* … *\/` comments (Langium's), plus what long tutoring documents are full
 * of: texts written over several lines, and runs of `//` comment lines such as a file's header.
 */
export class TutoratFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        super.collectFolding(document, acceptor);
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return;
        }
        let run: { start: number; end: number } | undefined;
        const closeRun = () => {
            if (run && run.end > run.start) {
                acceptor(FoldingRange.create(run.start, run.end, undefined, undefined, FoldingRangeKind.Comment));
            }
            run = undefined;
        };
        for (const leaf of CstUtils.flattenCst(root)) {
            const { start, end } = leaf.range;
            if (leaf.tokenType.name === 'SL_COMMENT') {
                run = run && run.end === start.line - 1 ? { start: run.start, end: start.line } : (closeRun(), { start: start.line, end: start.line });
                continue;
            }
            if (leaf.hidden) {
                continue;
            }
            closeRun();
            if (leaf.tokenType.name === 'STRING' && end.line > start.line) {
                acceptor(FoldingRange.create(start.line, end.line, undefined, undefined, FoldingRangeKind.Region));
            }
        }
        closeRun();
    }
}
