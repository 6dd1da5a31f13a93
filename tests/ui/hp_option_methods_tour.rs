//@ spec: 13.5, 15.4, 16.7
// A settings lookup where every field may be missing: Option's combinators
// (map, and_then, filter, or, unwrap_or*, ok_or, take, replace, as_ref, as_mut)
// chained the way beginners first meet them.
#[derive(Debug, Clone, Default)]
struct Settings {
    width: Option<u32>,
    title: Option<String>,
    zoom: Option<f64>,
}

fn parse_width(s: &str) -> Option<u32> {
    s.parse::<u32>().ok()
}

fn main() {
    let mut cfg = Settings { width: parse_width("640"), title: Some(String::from("Main")), zoom: None };
    println!("{:?}", cfg);
    let w2 = cfg.width.map(|w| w * 2);
    println!("double width {:?}", w2);
    let big = cfg.width.filter(|w| *w > 1000);
    println!("big {:?} or default {}", big, big.unwrap_or(1000));
    let z = cfg.zoom.unwrap_or_else(|| 1.5);
    println!("zoom {} default zoom {}", z, cfg.zoom.unwrap_or_default());
    let title_len = cfg.title.as_ref().map(|t| t.len());
    println!("title len {:?}, title still {:?}", title_len, cfg.title);
    if let Some(t) = cfg.title.as_mut() {
        t.push_str(" Window");
    }
    println!("title now {:?}", cfg.title);
    let half = cfg.width.and_then(|w| if w % 2 == 0 { Some(w / 2) } else { None });
    println!("half {:?}", half);
    let odd: Option<u32> = Some(7);
    println!("half of 7 {:?}", odd.and_then(|w| if w % 2 == 0 { Some(w / 2) } else { None }));
    let fallback = cfg.zoom.or(Some(2.0));
    println!("fallback {:?}", fallback);
    let res: Result<u32, &str> = parse_width("abc").ok_or("bad width");
    println!("res {:?}", res);
    let taken = cfg.title.take();
    println!("taken {:?}, left {:?}", taken, cfg.title);
    let old = cfg.width.replace(800);
    println!("old {:?} new {:?}", old, cfg.width);
    println!("some? {} none? {}", cfg.width.is_some(), cfg.title.is_none());
    let d = Settings::default();
    println!("{:?}", d);
    let nested: Option<Option<i32>> = Some(None);
    println!("{:?} {:?}", nested, Some(Some(3)));
}
