//@ spec: 17.11, 17.12
// Several tellers share accounts as Rc<RefCell<Account>>: each mutates through
// borrow_mut in its own statement, and the shared borrows that read balances end before the next write.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    cents: i64,
    history: Vec<String>,
}

type Shared = Rc<RefCell<Account>>;

fn open(owner: &str, cents: i64) -> Shared {
    Rc::new(RefCell::new(Account { owner: owner.to_string(), cents, history: Vec::new() }))
}

fn transfer(from: &Shared, to: &Shared, cents: i64) -> bool {
    if from.borrow().cents < cents {
        from.borrow_mut().history.push(format!("refused {}", cents));
        return false;
    }
    from.borrow_mut().cents -= cents;
    to.borrow_mut().cents += cents;
    let to_name = to.borrow().owner.clone();
    from.borrow_mut().history.push(format!("sent {} to {}", cents, to_name));
    let from_name = from.borrow().owner.clone();
    to.borrow_mut().history.push(format!("got {} from {}", cents, from_name));
    true
}

fn main() {
    let a = open("ann", 1000);
    let b = open("ben", 250);
    let teller1 = vec![Rc::clone(&a), Rc::clone(&b)];
    let teller2 = vec![Rc::clone(&b), Rc::clone(&a)];
    println!("{}", transfer(&teller1[0], &teller1[1], 300));
    println!("{}", transfer(&teller2[0], &teller2[1], 600));
    println!("{}", transfer(&teller2[0], &teller2[1], 500));
    {
        let acct = a.borrow();
        println!("{} has {} ({} entries)", acct.owner, acct.cents, acct.history.len());
    }
    for acct in [&a, &b].iter() {
        let r = acct.borrow();
        println!("{}: {:?}", r.owner, r.history);
    }
    println!("a owners {}, b owners {}", Rc::strong_count(&a), Rc::strong_count(&b));
    drop(teller1);
    drop(teller2);
    println!("a owners {}, b owners {}", Rc::strong_count(&a), Rc::strong_count(&b));
    let total = a.borrow().cents + b.borrow().cents;
    println!("total {}", total);
    println!("{:?}", b);
}
