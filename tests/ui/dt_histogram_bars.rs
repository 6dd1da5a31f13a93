//@ run-pass
//@ spec: 7.3 11.7 11.8
// Bucketing scores into a histogram and drawing bars with runtime width, fill and alignment.
const BUCKETS: usize = 5;

fn bucket_of(score: u32) -> usize {
    match score {
        0..=59 => 0,
        60..=69 => 1,
        70..=79 => 2,
        80..=89 => 3,
        _ => 4,
    }
}

fn main() {
    let scores = [55u32, 91, 78, 62, 88, 73, 100, 45, 79, 84, 67, 95, 70, 58, 81];
    let labels = ["F", "D", "C", "B", "A"];
    let mut counts = [0usize; BUCKETS];
    let mut sums = [0u32; BUCKETS];
    for &s in scores.iter() {
        let b = bucket_of(s);
        counts[b] += 1;
        sums[b] += s;
    }
    let mut widest = 0;
    for c in counts {
        if c > widest { widest = c; }
    }
    println!("{:=^30}", " grades ");
    for i in 0..BUCKETS {
        let n = counts[i];
        let avg = if n == 0 { 0.0 } else { sums[i] as f64 / n as f64 };
        println!("{} |{:#<w$}{:>pad$}| {:>2} avg {:>5.1}", labels[i], "", "", n, avg, w = n * 2, pad = (widest - n) * 2);
    }
    println!("{:=^30}", "");
    let total: usize = scores.len();
    for i in 0..BUCKETS {
        let pct = counts[i] as f64 * 100.0 / total as f64;
        println!("{:>3}: {:>6.2}% {:-<10}{}", labels[i], pct, "", counts[i]);
    }
    let name = "median";
    let mut sorted = scores;
    for i in 0..sorted.len() {
        for j in 0..sorted.len() - 1 - i {
            if sorted[j] > sorted[j + 1] {
                let t = sorted[j];
                sorted[j] = sorted[j + 1];
                sorted[j + 1] = t;
            }
        }
    }
    println!("{name:>10} = {}", sorted[sorted.len() / 2]);
    println!("{:>10} = {:?}", "top three", &sorted[sorted.len() - 3..]);
}
