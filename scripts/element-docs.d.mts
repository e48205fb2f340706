// Types of element-docs.mjs (plain JavaScript, so that Node runs it as is), for the test that
// checks the docs pages.
export interface ManifestDeclaration {
  name: string;
  tagName?: string;
  description?: string;
  summary?: string;
  path?: string;
}
export interface Manifest {
  modules: Array<{ path: string; declarations?: ManifestDeclaration[] }>;
}
export const GENERATED_MARK: string;
export function publicElements(manifest: Manifest): Map<string, ManifestDeclaration>;
export function apiReference(decl: ManifestDeclaration): string;
export function newIntro(tag: string, decl: ManifestDeclaration): string;
export function elementPage(tag: string, decl: ManifestDeclaration, existing?: string): string;
export function generatedPart(page: string): string | null;
