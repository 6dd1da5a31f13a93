//@ run-pass
//@ spec: 11.4
#[derive(Debug, Clone, Default, PartialEq)]
struct Config { level: u8, ratio: f64, name_len: usize, flags: (bool, char), grid: [i16; 3] }

#[derive(Debug, Clone, Copy)]
struct P { x: i32 }

fn main() {
    let c = Config::default();
    let mut d = c.clone();
    d.level = 3;
    println!("{:?}\n{:?} {}", c, d, c == d);
    let p = P { x: 4 };
    let q = p.clone();
    println!("{:?} {:?} {}", p, q, 5i32.clone());
}
