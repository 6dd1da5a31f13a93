//@ run-pass
//@ spec: 9.9
// `for x in it` over an `I: Iterator` parameter calls `<I as Iterator>::next` in the
// generic body; each instance calls its iterator's own `next` (a user iterator, a Vec's
// IntoIter that drops what it still holds, chars, a map adaptor).
struct Count {
    n: u32,
    max: u32,
}

impl Iterator for Count {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < self.max {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}

struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    let mut s = 0;
    for x in it {
        s += x;
    }
    s
}

fn count_until<I: Iterator>(it: I, limit: usize) -> usize {
    let mut n = 0;
    for _x in it {
        n += 1;
        if n == limit {
            break;
        }
    }
    n
}

fn main() {
    println!("{}", total(Count { n: 0, max: 4 }));
    println!("{}", total(vec![5u32, 6].into_iter()));
    println!("{}", count_until(vec![Noisy(1), Noisy(2), Noisy(3)].into_iter(), 2));
    println!("{}", count_until("abc".chars(), 10));
    println!("{}", count_until((1..4).map(|x| x * 2), 10));
}
