extension HTMLReport {
  /// Inline CSS: readable on a phone, printable on A4 with page numbers.
  static let styles = """
    :root{--ink:#1b1b1b;--muted:#555;--blue:#0072B2;--orange:#D55E00;--rule:#d0d0d0}
    body{font-family:"DejaVu Serif",Georgia,serif;color:var(--ink);max-width:60rem;margin:0 auto;padding:1rem;line-height:1.45}
    h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.35rem;border-bottom:2px solid var(--blue);padding-bottom:.2rem;margin-top:2rem}
    .subtitle,.note,figcaption,small{color:var(--muted)}.note{font-size:.9rem}
    nav ol{columns:2}ul.messages li{margin:.4rem 0}
    figure{margin:1rem 0}svg.chart{width:100%;height:auto}
    .table{overflow-x:auto}table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.9rem}
    caption{text-align:left;font-weight:bold;margin-bottom:.3rem}
    th,td{border-bottom:1px solid var(--rule);padding:.3rem .45rem;vertical-align:top;text-align:left}
    th small,td small{overflow-wrap:anywhere}.wrap{overflow-wrap:break-word}
    .num{text-align:right;white-space:nowrap}thead th.num{white-space:normal}.override{color:var(--orange);font-weight:bold}
    code,pre{font-family:"DejaVu Sans Mono",monospace;font-size:.8rem;word-break:break-all;white-space:pre-wrap}
    footer{margin-top:2rem;border-top:1px solid var(--rule);font-size:.8rem;color:var(--muted)}
    @page{size:A4;margin:18mm 15mm 20mm;@bottom-center{content:"Page " counter(page) " / " counter(pages);font-size:9pt;color:#555}}
    @media print{html{font-size:10.5pt}body{max-width:none;padding:0}table{font-size:.85rem}th,td{padding:.25rem .3rem}section{break-before:page}nav{break-after:page}nav ol{columns:1;max-width:30rem}
      figure,table,tr{break-inside:avoid}.long table{break-inside:auto}footer{display:none}nav a::after{content:leader(".") target-counter(attr(href),page)}}
    """
}
