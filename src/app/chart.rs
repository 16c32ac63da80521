//! The per-dimension bar chart, drawn as SVG with its labels and numbers as text.

use crate::app::text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
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

#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let height = ROW * props.rows.len() as u32;
    let rows = props.rows.iter().enumerate().map(|(i, (name, score))| {
        let top = ROW * i as u32;
        let bar = score.map(|s| TRACK * u32::from(s) / 100).unwrap_or(0);
        let number = score.map_or_else(|| text::NO_SCORE.to_string(), |s| s.to_string());
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
        <svg class="chart" role="img" aria-label={text::CHART_LABEL}
            viewBox={format!("0 0 {WIDTH} {height}")} xmlns="http://www.w3.org/2000/svg">
            { for rows }
        </svg>
    }
}
