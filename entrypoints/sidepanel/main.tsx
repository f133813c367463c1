import { render } from 'preact';
import '../../components/panel.css';
import '../../components/history.css';
import { App } from './App';
import { i18n, UI_LANG } from '../../components/i18n';

/**
 * ?tab=<id> pins the panel to one tab. The browser tests open this page in a tab of its own and point
 * it at the page under test; the real side panel has no query and follows the active tab.
 */
document.title = i18n.t('ui.panel.title');
document.documentElement.lang = UI_LANG;
const pinned = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
render(<App pinnedTab={Number.isInteger(pinned) ? pinned : null} />, document.getElementById('app')!);
