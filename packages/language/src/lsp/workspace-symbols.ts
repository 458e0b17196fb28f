import type { AstNodeDescription } from 'langium';
import { DefaultWorkspaceSymbolProvider } from 'langium/lsp';
import type { WorkspaceSymbol } from 'vscode-languageserver';
import type { TutoratSharedServices } from '../tutorat-module.js';
import { elementKind } from './element-kinds.js';

/** « Aller au symbole dans l’espace de travail »: names as written elsewhere (`LesTilleuls.Élodie`), with their kind. */
export class TutoratWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    constructor(private readonly shared: TutoratSharedServices) {
        super(shared);
    }

    protected override getWorkspaceSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        const symbol = super.getWorkspaceSymbol(description);
        return symbol && { ...symbol, containerName: elementKind(description.type).label[this.shared.tutorat.Locale.current] };
    }
}
