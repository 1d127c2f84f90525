/** Typed messages between the popup, the background worker and content scripts. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Entry } from '../core/glossary/schema';
import type { FrameReport } from '../core/settings/badge';

export interface PageTerms {
  terms: { entryId: string; count: number }[];
  perfusionPage: boolean;
  enabled: boolean;
  /** The page's hostname, for the popup's per-site switch when the tab's URL is not visible to it. */
  host?: string;
}

interface ProtocolMap {
  /** content/popup → background: one full entry. */
  getEntry(id: string): Entry | null;
  /** popup → content script of the active tab. */
  getPageTerms(): PageTerms;
  /** popup → content script: scroll to the first mark of an entry and open its card. */
  revealTerm(entryId: string): boolean;
  /** card → background: open the full entry (popup page, #entry=<id>) in a new tab. */
  openEntry(id: string): void;
  /** content script (every frame) → background: what the frame marks, for the toolbar badge. */
  reportBadge(report: FrameReport): void;
  /** background → content script (top frame): the "toggle marking on this site" command. */
  toggleSite(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
