//@ spec: 6.1, 18.3
// `x.to_string()` of an integer or float literal's variable does not fix its type: a
// later use settles it (here usize, u64, f32), as in rustc; unconstrained ones stay i32/f64.
fn main() {
    let width = 3;
    let label = width.to_string();
    let stars = "*".repeat(width);
    println!("{} {}", label, stars);

    let id = 42;
    let text = format!("#{}", id.to_string());
    let ids: Vec<u64> = vec![id, 4_000_000_000];
    println!("{} {:?}", text, ids);

    let ratio = 0.1;
    let shown = ratio.to_string();
    let single: f32 = ratio;
    println!("{} {}", shown, single * 3.0);

    let plain = -7;
    let neg = plain.to_string();
    println!("{} {}", neg, neg.len());
}
