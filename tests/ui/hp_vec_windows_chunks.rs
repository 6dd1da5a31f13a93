//@ spec: 17.7, 17.10
// Temperature readings analysed with slice views of a Vec: windows for moving
// averages and rises, chunks for daily groups (a short last chunk), and subslices.
fn moving_average(xs: &[i32], k: usize) -> Vec<f64> {
    xs.windows(k).map(|w| w.iter().sum::<i32>() as f64 / k as f64).collect()
}

fn rises(xs: &[i32]) -> usize {
    xs.windows(2).filter(|w| w[1] > w[0]).count()
}

fn main() {
    let temps: Vec<i32> = vec![12, 14, 13, 17, 19, 18, 21, 22, 20, 16, 15];
    println!("readings {:?}", temps);
    let ma: Vec<String> = moving_average(&temps, 3).iter().map(|a| format!("{:.1}", a)).collect();
    println!("3-avg {}", ma.join(" "));
    println!("rises {}", rises(&temps));
    for (day, chunk) in temps.chunks(4).enumerate() {
        let lo = chunk.iter().min().unwrap();
        let hi = chunk.iter().max().unwrap();
        println!("day {}: {:?} lo {} hi {} n {}", day + 1, chunk, lo, hi, chunk.len());
    }
    let big_window = temps.windows(20).count();
    println!("windows larger than the vec: {}", big_window);
    let mid = &temps[3..7];
    println!("mid {:?} len {} first {:?} last {:?}", mid, mid.len(), mid.first(), mid.last());
    println!("head {:?} tail {:?}", &temps[..2], &temps[9..]);
    let mut peaks = Vec::new();
    for (i, w) in temps.windows(3).enumerate() {
        if w[1] > w[0] && w[1] > w[2] {
            peaks.push(i + 1);
        }
    }
    println!("peaks at {:?}", peaks);
    let pairs: Vec<(i32, i32)> = temps.chunks(2).filter(|c| c.len() == 2).map(|c| (c[0], c[1])).collect();
    println!("pairs {:?}", pairs);
}
