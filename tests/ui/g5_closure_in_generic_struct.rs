//@ spec: 15.3 11.15 13.2 15.1
// A generic struct storing a closure (Validator<F: Fn(i32) -> bool>) and a FnMut-driven accumulator.
struct Validator<F> {
    name: &'static str,
    check: F,
}

impl<F: Fn(i32) -> bool> Validator<F> {
    fn new(name: &'static str, check: F) -> Self {
        Validator { name, check }
    }

    fn test(&self, x: i32) -> bool {
        (self.check)(x)
    }

    fn count_passing(&self, xs: &[i32]) -> usize {
        let mut n = 0;
        for &x in xs {
            if self.test(x) {
                n += 1;
            }
        }
        n
    }
}

struct Accumulator<F> {
    sink: F,
    fed: u32,
}

impl<F: FnMut(i32)> Accumulator<F> {
    fn feed(&mut self, x: i32) {
        self.fed += 1;
        (self.sink)(x);
    }
}

fn main() {
    let limit = 10;
    let small = Validator::new("small", move |x| x > -limit && x < limit);
    let even = Validator::new("even", |x| x % 2 == 0);
    let data = [3, -14, 8, 22, 0, -5, 9, 12];
    for v in [&small] {
        println!("{}: {} of {}", v.name, v.count_passing(&data), data.len());
    }
    println!("{}: {} of {}", even.name, even.count_passing(&data), data.len());
    println!("small(9)={} small(-11)={} even(7)={}", small.test(9), small.test(-11), even.test(7));

    let mut total = 0;
    let mut biggest = i32::MIN;
    {
        let mut acc = Accumulator {
            sink: |x| {
                total += x;
                if x > biggest {
                    biggest = x;
                }
            },
            fed: 0,
        };
        for &x in data.iter() {
            if even.test(x) {
                acc.feed(x);
            }
        }
        println!("fed {} values", acc.fed);
    }
    println!("total of evens = {}, biggest = {}", total, biggest);
}
