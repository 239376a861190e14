import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the pieces the dashboard draws, so the chart chunk stays small.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** An ECharts canvas; `onClick` gets the clicked item's series and data index. `label` names it for screen readers. */
export function Chart({ option, height = 320, label, onClick }: { option: ChartOption; height?: number; label: string; onClick?: (params: { seriesIndex?: number; dataIndex: number }) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    // No entry animation: the numbers are read, not watched, and the chart is ready when drawn.
    chart.setOption({ aria: { enabled: true }, animation: false, ...option });
    if (onClick) chart.on('click', (params) => onClick(params as { seriesIndex?: number; dataIndex: number }));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option, onClick]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
