//! The per-dimension bar chart, drawn as SVG with its labels and numbers as text.

use crate::app::text;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct ChartProps {
    /// One row per dimension: its name and its rounded score, if it has one.
    pub rows: Vec<(String, Option<u8>)>,
}

// Geometry in the SVG's own units; the drawing scales to the width CSS gives it.
const WIDTH: u32 = 320;
const ROW: u32 = 42;
const BAR_TOP: u32 = 20;
const BAR_HEIGHT: u32 = 14;
const TRACK: u32 = 270;

/// A plain function rather than a component: it has no state of its own.
pub fn chart(props: &ChartProps, t: &text::Ui) -> Html {
    let height = ROW * props.rows.len() as u32;
    let rows = props.rows.iter().enumerate().map(|(i, (name, score))| {
        let top = ROW * i as u32;
        let bar = score.map(|s| TRACK * u32::from(s) / 100).unwrap_or(0);
        let number = score.map_or_else(|| t.no_score.to_string(), |s| s.to_string());
        html! {
            <g class="chart-row">
                <text class="chart-label" x="0" y={(top + 14).to_string()}>{ name }</text>
                <rect class="chart-track" x="0" y={(top + BAR_TOP).to_string()}
                    width={TRACK.to_string()} height={BAR_HEIGHT.to_string()} rx="3" />
                <rect class="chart-bar" x="0" y={(top + BAR_TOP).to_string()}
                    width={bar.to_string()} height={BAR_HEIGHT.to_string()} rx="3" />
                <text class="chart-value" x={WIDTH.to_string()} y={(top + BAR_TOP + 12).to_string()}
                    text-anchor="end">{ number }</text>
            </g>
        }
    });
    html! {
        <svg class="chart" role="img" aria-label={t.chart_label}
            viewBox={format!("0 0 {WIDTH} {height}")} xmlns="http://www.w3.org/2000/svg">
            { for rows }
        </svg>
    }
}

#[derive(PartialEq)]
pub struct PairChartProps {
    /// The two sides' names, as the legend shows them.
    pub sides: (AttrValue, AttrValue),
    /// One row per dimension: its name and both rounded scores.
    pub rows: Vec<(String, Option<u8>, Option<u8>)>,
}

const PAIR_ROW: u32 = 58;

/// Two bars per dimension. The second side's bars are outlined, not only coloured differently,
/// and each bar carries its side's initial and number as text.
/// A plain function rather than a component: it has no state of its own.
pub fn pair_chart(props: &PairChartProps, t: &text::Ui) -> Html {
    let height = PAIR_ROW * props.rows.len() as u32;
    let number =
        |score: &Option<u8>| score.map_or_else(|| t.no_score.to_string(), |s| s.to_string());
    let rows = props
        .rows
        .iter()
        .enumerate()
        .map(|(i, (name, first, second))| {
            let top = PAIR_ROW * i as u32;
            let bar = |score: &Option<u8>| score.map(|s| TRACK * u32::from(s) / 100).unwrap_or(0);
            html! {
                <g class="chart-row">
                    <text class="chart-label" x="0" y={(top + 14).to_string()}>{ name }</text>
                    <rect class="chart-bar" x="0" y={(top + 19).to_string()}
                        width={bar(first).to_string()} height="12" rx="3" />
                    <text class="chart-value" x={WIDTH.to_string()} y={(top + 30).to_string()}
                        text-anchor="end">{ number(first) }</text>
                    <rect class="chart-bar-second" x="1" y={(top + 36).to_string()}
                        width={bar(second).saturating_sub(2).to_string()} height="12" rx="3" />
                    <text class="chart-value" x={WIDTH.to_string()} y={(top + 47).to_string()}
                        text-anchor="end">{ number(second) }</text>
                </g>
            }
        });
    html! {
        <>
            // The legend is HTML so that long names wrap on a narrow screen.
            <ul class="chart-legend">
                <li><span class="swatch swatch-first"></span>{ props.sides.0.clone() }</li>
                <li><span class="swatch swatch-second"></span>{ props.sides.1.clone() }</li>
            </ul>
            <svg class="chart" role="img" aria-label={t.compare_chart_label}
                viewBox={format!("0 0 {WIDTH} {height}")} xmlns="http://www.w3.org/2000/svg">
                { for rows }
            </svg>
        </>
    }
}
