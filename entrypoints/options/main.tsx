import { render } from 'preact';
import '../../components/panel.css';
import '../../components/history.css';
import { OptionsApp } from './App';

render(<OptionsApp />, document.getElementById('app')!);
