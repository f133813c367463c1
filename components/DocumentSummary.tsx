/** The panel's head: which document this is (unit, year, 预算/决算, title, address) and its totals. */
import { wanText } from '../lib/export/words';
import type { DocumentReport } from '../lib/report';
import { TOTAL_KEYS } from '../lib/report';

export function DocumentSummary({ report, url }: { report: DocumentReport; url: string }) {
  const totals = TOTAL_KEYS.filter((key) => report.totals[key] !== undefined);
  return (
    <section class="document" aria-labelledby="document-title">
      <h2 id="document-title">{report.title || '（无标题）'}</h2>
      <dl class="facts">
        <div>
          <dt>单位</dt>
          <dd>{report.unit ?? '未识别'}</dd>
        </div>
        <div>
          <dt>年度</dt>
          <dd>{report.year ?? '未识别'}</dd>
        </div>
        <div>
          <dt>类型</dt>
          <dd>{report.kind ?? '未识别'}</dd>
        </div>
        <div class="address">
          <dt>地址</dt>
          <dd>{url}</dd>
        </div>
      </dl>
      <h3>主要总额（万元）</h3>
      {totals.length === 0 ? (
        <p class="empty">文中未找到可识别的总额。</p>
      ) : (
        <table class="totals">
          <tbody>
            {totals.map((key) => (
              <tr key={key}>
                <th scope="row">{key}</th>
                <td>{wanText(report.totals[key]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="stats">
        识别数字 {report.stats.figures} 个，关系 {report.stats.relations} 条，已核对 {report.stats.checked} 条，无法核对 {report.stats.unchecked} 条
        {report.truncated && '；页面过长，只读了前面一部分'}。
      </p>
    </section>
  );
}
