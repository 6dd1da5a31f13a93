//@ run-pass
//@ spec: 11.10 6.7 12.2
// ref mut and default binding modes mutate struct fields and array elements in place through match.
#[derive(Debug)]
enum Slot {
    Free,
    Held { owner: char, uses: u32 },
    Locked(u32),
}

#[derive(Debug)]
struct Pool {
    slots: [Slot; 4],
    touched: u32,
}

fn touch_all(p: &mut Pool) {
    let mut i = 0;
    while i < p.slots.len() {
        match &mut p.slots[i] {
            Slot::Held { uses, .. } => *uses += 1,
            Slot::Locked(n) if *n > 0 => *n -= 1,
            Slot::Locked(_) => p.slots[i] = Slot::Free,
            Slot::Free => {}
        }
        p.touched += 1;
        i += 1;
    }
}

fn main() {
    let mut pool = Pool {
        slots: [Slot::Free, Slot::Held { owner: 'a', uses: 0 }, Slot::Locked(1), Slot::Held { owner: 'b', uses: 5 }],
        touched: 0,
    };
    touch_all(&mut pool);
    touch_all(&mut pool);
    println!("{:?}", pool);

    match pool.slots[3] {
        Slot::Held { ref mut owner, ref uses } => {
            *owner = 'z';
            println!("uses seen by ref: {}", uses);
        }
        _ => {}
    }
    let mut pair = (10, [1, 2, 3]);
    {
        let (ref mut a, ref mut arr) = pair;
        *a *= 3;
        arr[1] = 20;
    }
    let (x, y) = &mut pair;
    *x += 1;
    y[0] = -1;
    println!("{:?}", pair);
    let mut nums = [5, 6, 7];
    for n in &mut nums {
        *n *= *n;
    }
    if let [first, ..] = &mut nums {
        *first = 0;
    }
    println!("{:?} {:?}", nums, pool.slots[3]);
}
