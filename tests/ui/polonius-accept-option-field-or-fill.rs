//@ run-pass
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// NLL rejects, polonius accepts. The loan of self.value flows into the return only inside the if
// let; the assignment after it is on the other path.
struct Slot {
    value: Option<i32>,
    fills: u32,
}

impl Slot {
    fn get_or_fill(&mut self) -> &mut i32 {
        if let Some(v) = &mut self.value {
            return v;
        }
        self.fills += 1;
        self.value = Some(0);
        self.value.as_mut().unwrap()
    }
}

fn main() {
    let mut s = Slot { value: None, fills: 0 };
    *s.get_or_fill() += 5;
    *s.get_or_fill() += 5;
    println!("{:?} {}", s.value, s.fills);
}
