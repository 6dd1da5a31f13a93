//@ spec: 14.7 14.5 11.9 11.11 15.4
// A vending machine: an enum state, a Result-returning transition fn, ? chaining and Display for errors.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    HasMoney(u32),
    Dispensing(u8),
}

#[derive(Debug, Clone, Copy)]
enum VendError {
    NotEnough { price: u32, paid: u32 },
    SoldOut(u8),
    Busy,
}

impl fmt::Display for VendError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            VendError::NotEnough { price, paid } => write!(f, "need {} more", price - paid),
            VendError::SoldOut(slot) => write!(f, "slot {} is sold out", slot),
            VendError::Busy => f.write_str("machine busy"),
        }
    }
}

struct Machine {
    state: State,
    stock: [u8; 3],
    prices: [u32; 3],
}

impl Machine {
    fn insert(&mut self, coins: u32) -> Result<u32, VendError> {
        let now = match self.state {
            State::Idle => coins,
            State::HasMoney(m) => m + coins,
            State::Dispensing(_) => return Err(VendError::Busy),
        };
        self.state = State::HasMoney(now);
        Ok(now)
    }

    fn select(&mut self, slot: u8) -> Result<u32, VendError> {
        let paid = match self.state {
            State::HasMoney(m) => m,
            State::Idle => 0,
            State::Dispensing(_) => return Err(VendError::Busy),
        };
        let i = slot as usize;
        if self.stock[i] == 0 {
            return Err(VendError::SoldOut(slot));
        }
        let price = self.prices[i];
        if paid < price {
            return Err(VendError::NotEnough { price, paid });
        }
        self.stock[i] -= 1;
        self.state = State::Dispensing(slot);
        Ok(paid - price)
    }

    fn take(&mut self) {
        self.state = State::Idle;
    }

    fn buy(&mut self, coins: u32, slot: u8) -> Result<u32, VendError> {
        self.insert(coins)?;
        let change = self.select(slot)?;
        self.take();
        Ok(change)
    }
}

fn main() {
    let mut m = Machine { state: State::Idle, stock: [1, 0, 5], prices: [150, 100, 75] };
    let orders = [(200, 0), (200, 0), (100, 1), (50, 2), (50, 2)];
    for (coins, slot) in orders {
        match m.buy(coins, slot) {
            Ok(change) => println!("bought slot {} with {}: change {}", slot, coins, change),
            Err(e) => println!("slot {} with {}: {} ({:?})", slot, coins, e, m.state),
        }
    }
    m.state = State::Dispensing(2);
    println!("while dispensing: {}", m.insert(10).unwrap_err());
    println!("stock left: {:?}", m.stock);
}
