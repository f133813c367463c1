import { render } from 'preact';
import '../../components/panel.css';
import '../../components/history.css';
import { OptionsApp } from './App';
import { i18n, UI_LANG } from '../../components/i18n';

document.title = i18n.t('ui.options.title');
document.documentElement.lang = UI_LANG;

render(<OptionsApp />, document.getElementById('app')!);
