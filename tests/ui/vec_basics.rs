//@ spec: 17.6, 17.7
// Vec<T>: growth (capacities as rustc's), indexing, the slice methods through Deref,
// insertion and removal, sorting, retain and dedup, cloning and comparing.
#[derive(Debug, Clone, PartialEq)]
struct Score {
    who: &'static str,
    points: u32,
}

fn sum(values: &[i64]) -> i64 {
    let mut total = 0;
    for v in values {
        total += v;
    }
    total
}

fn main() {
    let mut v: Vec<i64> = Vec::new();
    let mut caps = Vec::new();
    for i in 0..17 {
        v.push(i * 3);
        caps.push(v.capacity());
    }
    println!("{:?}", caps);
    println!("len {} first {:?} last {:?} v[4] {} sum {}", v.len(), v.first(), v.last(), v[4], sum(&v));
    println!("get {:?} {:?} empty {}", v.get(2), v.get(99), v.is_empty());
    v.truncate(5);
    v.insert(0, -1);
    let removed = v.remove(2);
    let swapped = v.swap_remove(0);
    println!("{:?} removed {} swapped {}", v, removed, swapped);
    v.reverse();
    v.swap(0, 1);
    println!("{:?} contains 9? {}", v, v.contains(&9));
    v.sort();
    println!("sorted {:?}", v);
    let mut small: Vec<u8> = Vec::with_capacity(3);
    small.push(1);
    println!("bytes cap {} then {}", small.capacity(), {
        small.extend_from_slice(&[2, 3, 4]);
        small.capacity()
    });
    let mut nums = vec![5, 3, 8, 3, 3, 1, 8];
    nums.retain(|n| *n != 1);
    nums.sort_by(|a, b| b.cmp(a));
    nums.dedup();
    println!("{:?}", nums);
    let mut scores = vec![Score { who: "ann", points: 7 }, Score { who: "bo", points: 12 }, Score { who: "cy", points: 3 }];
    scores.sort_by_key(|s| s.points);
    let copy = scores.clone();
    println!("{:?}", copy);
    println!("same {} popped {:?}", copy == scores, scores.pop());
    let grid = vec![vec![0u8; 3]; 2];
    println!("{:?} {}", grid, grid[1].len());
    let mut doubled = vec![1, 2, 3];
    for x in doubled.iter_mut() {
        *x *= 2;
    }
    for x in &mut doubled {
        *x += 1;
    }
    println!("{:?} {:>10?}", doubled, vec![9]);
    doubled.clear();
    println!("cleared {} cap {}", doubled.len(), doubled.capacity());
}
