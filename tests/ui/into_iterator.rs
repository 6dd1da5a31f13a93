//@ spec: 16.8
// IntoIterator: `for` over a collection type, by value and by reference.
struct Countdown {
    from: u32,
}

/// Counts down by halving, printing each value on the way to 1.
struct CountdownIter {
    current: Option<u32>,
}

impl Iterator for CountdownIter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        let now = self.current?;
        self.current = if now > 1 { Some(now / 2) } else { None };
        Some(now)
    }
}

impl IntoIterator for Countdown {
    type Item = u32;
    type IntoIter = CountdownIter;
    fn into_iter(self) -> CountdownIter {
        CountdownIter { current: if self.from == 0 { None } else { Some(self.from) } }
    }
}

struct Stack<T> {
    items: [T; 4],
    len: usize,
}

struct StackIter<'a, T> {
    stack: &'a Stack<T>,
    pos: usize,
}

impl<'a, T> Iterator for StackIter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        if self.pos == 0 {
            return None;
        }
        self.pos -= 1;
        Some(&self.stack.items[self.pos])
    }
}

impl<'a, T> IntoIterator for &'a Stack<T> {
    type Item = &'a T;
    type IntoIter = StackIter<'a, T>;
    fn into_iter(self) -> StackIter<'a, T> {
        StackIter { stack: self, pos: self.len }
    }
}

fn sum_stack(s: &Stack<i64>) -> i64 {
    let mut t = 0;
    for x in s {
        t += *x;
    }
    t
}

fn main() {
    let c = Countdown { from: 12 };
    for n in c {
        print!("{} ", n);
    }
    println!("liftoff");
    let total: u32 = Countdown { from: 4 }.into_iter().map(|x| x * x).sum();
    println!("{}", total);

    let s = Stack { items: [10, 20, 30, 0], len: 3 };
    for x in &s {
        print!("{} ", x);
    }
    println!();
    let names = Stack { items: ["a", "b", "c", "d"], len: 4 };
    for (i, name) in (&names).into_iter().enumerate() {
        print!("{}{} ", name, i);
    }
    println!();
    println!("{}", sum_stack(&Stack { items: [1, 2, 3, 4], len: 4 }));
}
