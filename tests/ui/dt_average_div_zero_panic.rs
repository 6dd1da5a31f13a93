//@ run-fail
//@ spec: 6.8 11.7
// Averaging an empty group of integer samples divides by zero and panics even though floats would not.
#[derive(Debug, Clone, Copy)]
struct Group { samples: [i32; 4], used: usize }

fn float_mean(g: &Group) -> f64 {
    let mut s = 0.0;
    for i in 0..g.used { s += g.samples[i] as f64; }
    s / g.used as f64
}

fn int_mean(g: &Group) -> i32 {
    let mut s = 0;
    let used = &g.samples[..g.used];
    for v in used { s += v; }
    s / g.used as i32
}

fn main() {
    let groups = [
        Group { samples: [4, 8, 15, 0], used: 3 },
        Group { samples: [-7, 0, 0, 0], used: 1 },
        Group { samples: [0; 4], used: 0 },
    ];
    for g in &groups {
        println!("float mean {}", float_mean(g));
        println!("int mean {}", int_mean(g));
    }
}
