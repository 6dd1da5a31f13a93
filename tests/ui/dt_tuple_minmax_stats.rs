//@ run-pass
//@ spec: 6.6 11.10 11.7
// Functions returning tuples (min, max, mean), nested tuple destructuring, and tuples inside arrays.
fn stats(xs: &[i32]) -> (i32, i32, f64) {
    let (mut lo, mut hi, mut sum) = (xs[0], xs[0], 0i64);
    for &x in xs {
        if x < lo { lo = x; }
        if x > hi { hi = x; }
        sum += x as i64;
    }
    (lo, hi, sum as f64 / xs.len() as f64)
}

fn split_sign(xs: &[i32]) -> ((usize, i32), (usize, i32)) {
    let mut neg = (0, 0);
    let mut pos = (0, 0);
    for x in xs {
        let slot = if *x < 0 { &mut neg } else { &mut pos };
        slot.0 += 1;
        slot.1 += x;
    }
    (neg, pos)
}

fn main() {
    let data = [12, -7, 33, 0, -21, 8, 5];
    let (lo, hi, mean) = stats(&data);
    println!("lo={} hi={} mean={:.3} range={}", lo, hi, mean, hi - lo);
    let ((nn, ns), (pn, ps)) = split_sign(&data);
    println!("{} negatives summing to {}, {} non-negatives summing to {}", nn, ns, pn, ps);
    let t = split_sign(&data[2..5]);
    println!("{:?} first.1={} second.0={}", t, (t.0).1, t.1.0);
    let pairs = [("x", (1, 2)), ("y", (3, -4)), ("z", (0, 0))];
    for (name, (a, b)) in pairs {
        let kind = match (a, b) {
            (0, 0) => "origin",
            (_, y) if y < 0 => "below",
            _ => "above",
        };
        println!("{} = ({}, {}) {}", name, a, b, kind);
    }
    let mut swap = (1, 'b');
    let tmp = swap.0;
    swap.0 = tmp + 10;
    let (n, c) = swap;
    println!("{:?} {} {}", swap, n, c);
    let unit = ();
    let single = (5u8,);
    println!("{:?} {:?} {}", unit, single, single.0);
    println!("{}", (1, 2.5, 'q') == (1, 2.5, 'q'));
}
