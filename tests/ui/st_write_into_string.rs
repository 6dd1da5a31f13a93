//@ spec: 18.5, 18.3, 7.3
// write!/writeln! append formatted text to a String (fmt::Write), so a report can be
// built piecewise with widths and precision and returned, instead of printed directly.
use std::fmt::Write;

struct Reading {
    station: &'static str,
    temps: [f64; 4],
}

fn report(rows: &[Reading]) -> String {
    let mut out = String::new();
    writeln!(out, "{:<10}|{:>7}|{:>7}|{:>7}", "station", "min", "max", "avg").unwrap();
    writeln!(out, "{}", "-".repeat(34)).unwrap();
    for r in rows {
        let mut min = r.temps[0];
        let mut max = r.temps[0];
        let mut sum = 0.0;
        for t in r.temps.iter() {
            if *t < min { min = *t; }
            if *t > max { max = *t; }
            sum += t;
        }
        write!(out, "{:<10}|", r.station).unwrap();
        write!(out, "{:>7.1}|{:>7.1}|", min, max).unwrap();
        writeln!(out, "{:>7.2}", sum / 4.0).unwrap();
    }
    out
}

fn csv_line(values: &[i32]) -> String {
    let mut s = String::new();
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        let _ = write!(s, "{}", v);
    }
    s
}

fn main() {
    let rows = [
        Reading { station: "Oslo", temps: [-3.5, 0.25, 2.0, -1.0] },
        Reading { station: "Zürich", temps: [4.0, 6.5, 5.75, 3.0] },
        Reading { station: "Αθήνα", temps: [14.0, 17.5, 16.0, 15.25] },
    ];
    let text = report(&rows);
    print!("{}", text);
    println!("{} lines, {} bytes, {} chars", text.lines().count(), text.len(), text.chars().count());
    let line = csv_line(&[3, -1, 40, 0]);
    println!("{} ({})", line, line.len());
    let mut log = String::from("log:");
    let r = write!(log, " {:?} {:#x} {:+}", "q", 255, 7);
    println!("{} {:?}", log, r);
}
